using Ecvet.Matching;

namespace Ecvet.Cli.Catalogues;

/// <summary>A catalogue file format the tool can read, recognised by the file's first line.</summary>
/// <remarks>Adding a format (such as a qualification JSON) is one class and one entry in <see cref="CatalogueLoader"/>.</remarks>
internal interface ICatalogueFormat
{
    /// <summary>A short name for messages, such as <c>TSV</c>.</summary>
    string Name { get; }

    /// <summary>What the first line of such a file looks like, for the "unrecognised format" message.</summary>
    string Signature { get; }

    /// <summary>Whether a file whose first line (byte-order mark removed) is <paramref name="firstLine"/> is in this format.</summary>
    bool Recognises(string firstLine);

    /// <summary>Reads the whole file from its start.</summary>
    /// <exception cref="FormatException">The content is malformed; the message starts with <c>Line N:</c> where a line applies.</exception>
    IEnumerable<CatalogueEntry> Read(TextReader reader);
}
