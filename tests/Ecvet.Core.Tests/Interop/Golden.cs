using System.Text;
using Ecvet.Interop;

namespace Ecvet.Tests.Interop;

/// <summary>
/// Compares an export byte for byte with its committed golden file, and its notes with the golden notes file beside it
/// (<c>NAME.notes.txt</c>). Set ECVET_APPROVE_EXPORTS=1 to rewrite both after an intended change.
/// </summary>
internal static class Golden
{
    public static void Check(string fileName, ExportResult export)
    {
        var path = Path.Combine(InteropSamples.GoldenDirectory, fileName);
        var notesPath = Path.ChangeExtension(path, null) + ".notes.txt";
        var notes = string.Concat(export.Notes.Select(n => n + "\n"));
        if (InteropSamples.Approve)
        {
            Directory.CreateDirectory(InteropSamples.GoldenDirectory);
            File.WriteAllBytes(path, [.. export.Utf8Json]);
            File.WriteAllText(notesPath, notes, new UTF8Encoding(false));
        }

        File.Exists(path).Should().BeTrue($"{path} is the golden file; set ECVET_APPROVE_EXPORTS=1 to create it");
        var committed = File.ReadAllBytes(path);
        committed.AsSpan().SequenceEqual(export.Utf8Json.AsSpan()).Should().BeTrue(
            $"{fileName} must match the export byte for byte; set ECVET_APPROVE_EXPORTS=1 to update it. Export:\n{export}");
        File.ReadAllText(notesPath).Should().Be(notes, $"the notes of {fileName} must match; set ECVET_APPROVE_EXPORTS=1 to update them");
    }
}
