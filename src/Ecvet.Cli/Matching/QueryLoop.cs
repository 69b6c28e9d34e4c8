using System.Globalization;

namespace Ecvet.Cli.Matching;

/// <summary>The loop of <c>ecvet match</c> and <c>ecvet tag</c>: one result per text, in order, with a line of
/// progress every tenth of the texts (and at least every <see cref="MinimumStep"/>) when progress is shown.</summary>
internal static class QueryLoop
{
    /// <summary>Fewer texts than this are quick enough to need no progress line at all.</summary>
    public const int MinimumStep = 1_000;

    /// <summary>Answers each text with <paramref name="answer"/> (given the text's 1-based number and the text).</summary>
    /// <param name="console">Where progress goes (standard error).</param>
    /// <param name="texts">The texts, in order.</param>
    /// <param name="showProgress">Whether to write progress lines.</param>
    /// <param name="verb">The past tense the progress line starts with, such as <c>Matched</c>.</param>
    /// <param name="noun">The plural of what is counted, such as <c>queries</c>.</param>
    /// <param name="answer">The result of one text.</param>
    public static TResult[] Run<TResult>(CliConsole console, IReadOnlyList<string> texts, bool showProgress, string verb, string noun,
        Func<int, string, TResult> answer)
    {
        var results = new TResult[texts.Count];
        var step = Math.Max(MinimumStep, texts.Count / 10);
        for (var i = 0; i < texts.Count; i++)
        {
            results[i] = answer(i + 1, texts[i]);
            if (showProgress && (i + 1) % step == 0 && i + 1 < texts.Count)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {i + 1:N0} of {texts.Count:N0} {noun}..."));
            }
        }

        return results;
    }
}
