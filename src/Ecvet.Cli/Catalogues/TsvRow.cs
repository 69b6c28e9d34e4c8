namespace Ecvet.Cli.Catalogues;

/// <summary>One outcome line of a TSV catalogue.</summary>
/// <param name="Line">Its line number, from 1 (the header).</param>
/// <param name="Id">The id as written.</param>
/// <param name="Type">Knowledge, skill or competence.</param>
/// <param name="Text">The outcome's text.</param>
internal readonly record struct TsvRow(int Line, string Id, LearningOutcomeType Type, string Text);
