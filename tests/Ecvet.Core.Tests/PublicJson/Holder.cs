namespace Ecvet.Tests.PublicJson;

/// <summary>A DTO as users write them: one public type as a member and in a list, nothing from Ecvet.Core's JSON API.</summary>
public sealed class Holder<T>
{
    public required T Value { get; init; }

    public required List<T> Items { get; init; }
}
