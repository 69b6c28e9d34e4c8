namespace Ecvet.Cli;

/// <summary>Reads an input file whole, with the tool's messages for files that are missing or cannot be read.</summary>
internal static class InputFile
{
    /// <summary>
    /// The bytes of the file, at most <paramref name="limit"/> plus one (so that a reader with that limit reports the
    /// file as too large without the tool holding all of a huge file in memory).
    /// </summary>
    /// <exception cref="CliException">The file is missing, a directory or unreadable (exit 3).</exception>
    public static byte[] ReadBytes(string path, int limit)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new CliException(ExitCodes.FileUnreadable, $"{path}: is a directory, not a file.");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while (buffer.Length <= limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1L - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Unreadable(path, e);
        }
    }
}
