using Ecvet.Fuzz;
using SharpFuzz;

// ecvet-fuzz list                       the targets and their seed files, one a line
// ecvet-fuzz <target>                   run under AFL++ (afl-fuzz ... -- dotnet Ecvet.Core.Fuzz.dll <target>)
// ecvet-fuzz <target> <file|dir>...     run the files once, outside AFL++: reproduce a crash, check a corpus
// ecvet-fuzz <target> --seed <dir> <file>...  write each accepted file as the library writes it (compact) into dir
if (args.Length == 0 || args[0] == "list")
{
    foreach (var t in ReaderTargets.All)
    {
        Console.WriteLine($"{t.Name}\t{t.Seed}");
    }

    return args.Length == 0 ? 2 : 0;
}

var target = ReaderTargets.Find(args[0]);
if (target is null)
{
    await Console.Error.WriteLineAsync($"No target '{args[0]}'; the targets are: {string.Join(", ", ReaderTargets.All.Select(t => t.Name))}.");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        _ = target.Check(buffer.ToArray());
    });
    return 0;
}

if (args[1] == "--seed" && args.Length >= 3)
{
    Directory.CreateDirectory(args[2]);
    var seeds = 0;
    foreach (var file in args.Skip(3))
    {
        if (target.Rewrite(await File.ReadAllBytesAsync(file)) is { } compact)
        {
            await File.WriteAllBytesAsync(Path.Combine(args[2], Path.GetFileNameWithoutExtension(file) + ".min.json"), compact);
            seeds++;
        }
    }

    Console.WriteLine($"{target.Name}: {seeds} seed(s) written to {args[2]}");
    return seeds > 0 ? 0 : 1;
}

var (failed, accepted) = (0, 0);
var files = args.Skip(1).SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories) : [a]).Order(StringComparer.Ordinal).ToList();
foreach (var file in files)
{
    try
    {
        accepted += target.Check(await File.ReadAllBytesAsync(file)) ? 1 : 0;
    }
#pragma warning disable CA1031 // Any exception is a finding to report, file by file.
    catch (Exception ex)
#pragma warning restore CA1031
    {
        failed++;
        await Console.Error.WriteLineAsync($"{file}: {ex}");
    }
}

Console.WriteLine($"{target.Name}: {files.Count} input(s), {accepted} accepted, {failed} finding(s)");
return failed == 0 ? 0 : 1;
