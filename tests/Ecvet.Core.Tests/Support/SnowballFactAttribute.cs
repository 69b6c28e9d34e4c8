namespace Ecvet.Tests.Support;

/// <summary>
/// A fact that needs the Snowball English vocabulary (see <see cref="SnowballData"/>): it runs when the files exist and
/// is reported as skipped, with the reason and where to get them, when they do not.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SnowballFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; <see cref="FactAttribute.Skip"/> is set when the files are missing.</summary>
    public SnowballFactAttribute()
    {
        if (SnowballData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
