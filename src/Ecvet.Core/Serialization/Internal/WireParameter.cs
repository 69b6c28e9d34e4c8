namespace Ecvet.Serialization.Internal;

/// <summary>
/// Where a domain factory's parameter is on the wire, so that the domain's exception about it is reported there and
/// the wire layer never decides the rule again. A string converts to a parameter whose wire property has the same name.
/// </summary>
/// <param name="Name">The domain factory's parameter name, as the exception's <see cref="ArgumentException.ParamName"/> gives it.</param>
/// <param name="Property">The wire property a problem with the parameter is reported at.</param>
/// <param name="Code">The problem code for the parameter's rules (a duplicate is always <see cref="JsonProblemCode.DuplicateId"/>).</param>
internal readonly record struct WireParameter(string Name, string Property, JsonProblemCode Code = JsonProblemCode.InvalidValue)
{
    /// <summary>The wire array a <see cref="DuplicateValueException"/> about the parameter points into; <see cref="Property"/> when null.</summary>
    public string? Items { get; init; }

    /// <summary>The member of the repeated entry that is the duplicated key (<c>id</c>, <c>uri</c>); the entry itself when null.</summary>
    public string? ItemMember { get; init; }

    public static implicit operator WireParameter(string name) => new(name, name);
}
