namespace Ecvet.Tests.Support;

/// <summary>
/// A fact that needs the real ESCO skills CSV (see <see cref="EscoData"/>): it runs when the file exists and is
/// reported as skipped, with the reason and where to get the file, when it does not.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EscoFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; <see cref="FactAttribute.Skip"/> is set when the file is missing.</summary>
    public EscoFactAttribute()
    {
        if (EscoData.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
