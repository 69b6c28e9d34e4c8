using System.Globalization;

namespace Ecvet.Cli.Documents;

/// <summary>How many files were valid, invalid and unreadable.</summary>
internal sealed record ValidationSummary(int Valid, int Invalid, int Unreadable)
{
    public string Describe(int files)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{files:N0} file{(files == 1 ? string.Empty : "s")}: {Valid:N0} valid, {Invalid:N0} invalid");
        return Unreadable > 0 ? string.Create(CultureInfo.InvariantCulture, $"{text}, {Unreadable:N0} unreadable.") : text + ".";
    }
}
