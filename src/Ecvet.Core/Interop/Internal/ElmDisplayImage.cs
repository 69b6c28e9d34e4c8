using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime.Text;

namespace Ecvet.Interop.Internal;

/// <summary>
/// The page a Europass wallet shows for a credential of recognised credit: the EDC profile requires a display image,
/// and the library has no renderer, so it draws a plain SVG page of text (title, learner, home institution, one line per
/// achievement). SVG is text, so the same input gives the same bytes.
/// </summary>
internal static class ElmDisplayImage
{
    private const int Width = 800;
    private const int LineHeight = 28;

    internal static byte[] Svg(string title, RecognitionReport report, ImmutableArray<UnitDecision> recognised, QualificationDocument document, LanguageTag language)
    {
        var lines = new List<(string Text, int Size, bool Bold)>
        {
            (title, 22, true),
            (report.Learner.ToString(), 18, false),
            ($"Recognised on {LocalDatePattern.Iso.Format(report.EvaluatedOn)} (learning agreement {report.Agreement})", 14, false),
        };
        foreach (var decision in recognised)
        {
            var unit = document.Units.Get(decision.Unit).Title.GetBestMatch(language);
            var how = decision.Outcome == RecognitionOutcome.Full ? "in full" : "in part";
            lines.Add((string.Create(CultureInfo.InvariantCulture, $"{unit} ({decision.Unit}): recognised {how}, {decision.Points} of {decision.Allocation} ECVET points"), 14, false));
        }

        var height = (lines.Count + 2) * LineHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\" stroke=\"#003399\" stroke-width=\"4\"/>");
        var y = LineHeight + 12;
        foreach (var (text, size, bold) in lines)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"24\" y=\"{y}\" font-family=\"sans-serif\" font-size=\"{size}\"{(bold ? " font-weight=\"bold\"" : string.Empty)}>{Escape(text)}</text>");
            y += LineHeight;
        }

        svg.Append("</svg>");
        return Encoding.UTF8.GetBytes(svg.ToString());
    }

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
