using System.Globalization;

namespace Ecvet.Tests.Support;

/// <summary>Runs code under a given current culture and UI culture, restoring the previous ones afterwards.</summary>
internal static class CultureScope
{
    /// <summary>Runs <paramref name="func"/> with <see cref="CultureInfo.CurrentCulture"/> set to <paramref name="name"/>.</summary>
    public static T Run<T>(string name, Func<T> func)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return func();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
