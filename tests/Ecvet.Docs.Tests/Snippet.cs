using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ecvet.Docs.Tests;

/// <summary>
/// Compiles and runs the C# of the documentation as a user's console program would be: the latest language version,
/// nullable enabled, the implicit usings of a console project (<see cref="GlobalUsings"/>), the library and its
/// dependencies referenced, and the System.Text.Json source generator running.
/// </summary>
public static class Snippet
{
    /// <summary>
    /// The usings every snippet may assume, those of <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> in a
    /// console project; <c>docs/README.md</c> shows them.
    /// </summary>
    public static readonly ImmutableArray<string> GlobalUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly SyntaxTree GlobalUsingsTree = CSharpSyntaxTree.ParseText(
        string.Concat(GlobalUsings.Select(u => $"global using global::{u};\n")), ParseOptions, "GlobalUsings.g.cs");

    // The test host's trusted platform assemblies are the runtime and every assembly this project depends on:
    // Ecvet.Core, Ecvet.Matching.Semantic and their packages, as a user's project would reference them.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    private static readonly Lazy<ImmutableArray<ISourceGenerator>> Generators = new(LoadJsonSourceGenerator);

    /// <summary>
    /// Puts a fragment after the program it continues: the usings of both first, then the statements of the program,
    /// then those of the fragment, then the declarations of both (top-level statements must come first).
    /// </summary>
    public static string Continue(string program, string fragment)
    {
        var first = CSharpSyntaxTree.ParseText(program, ParseOptions).GetCompilationUnitRoot();
        var second = CSharpSyntaxTree.ParseText(fragment, ParseOptions).GetCompilationUnitRoot();
        var text = new StringBuilder();
        foreach (var line in first.Usings.Concat(second.Usings).Select(u => u.ToString()).Distinct(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        foreach (var unit in new[] { first, second })
        {
            text.Append(string.Concat(unit.Members.OfType<GlobalStatementSyntax>().Select(m => m.ToFullString()))).Append('\n');
        }

        foreach (var unit in new[] { first, second })
        {
            text.Append(string.Concat(unit.Members.Where(m => m is not GlobalStatementSyntax).Select(m => m.ToFullString()))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Compiles <paramref name="source"/>: a program when it has top-level statements, else a library.</summary>
    public static (Compilation Compilation, ImmutableArray<Diagnostic> Errors) Compile(string source, string name)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions, name + ".cs", Encoding.UTF8);
        var isProgram = tree.GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax);
        var options = new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: false);
        Compilation compilation = CSharpCompilation.Create("Snippet_" + Guid.NewGuid().ToString("N"), [GlobalUsingsTree, tree], References.Value, options);
        CSharpGeneratorDriver.Create(Generators.Value, parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generatorDiagnostics.Concat(generated.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToImmutableArray();
        return (generated, errors);
    }

    /// <summary>
    /// Runs a compiled program with the repository's root as the current directory (the pages' paths, such as
    /// <c>examples/fi-cook.json</c>, are relative to it) and returns what it wrote to the console, with line feeds.
    /// </summary>
    public static string Run(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        var originalOut = Console.Out;
        var originalDirectory = Environment.CurrentDirectory;
        using var output = new StringWriter { NewLine = "\n" };
        try
        {
            var entry = context.LoadFromStream(image).EntryPoint
                ?? throw new InvalidOperationException("The snippet has no top-level statements to run.");
            Console.SetOut(output);
            Environment.CurrentDirectory = Repository.Root;
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException("The snippet threw: " + e.InnerException, e.InnerException);
        }
        finally
        {
            Console.SetOut(originalOut);
            Environment.CurrentDirectory = originalDirectory;
            context.Unload();
        }

        return output.ToString();
    }

    // System.Text.Json's source generator ships in the targeting pack beside the reference assemblies; a snippet that
    // declares its own JsonSerializerContext needs it, as a user's build runs it.
    private static ImmutableArray<ISourceGenerator> LoadJsonSourceGenerator()
    {
        var dotnet = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = Path.Combine(dotnet, "packs", "Microsoft.NETCore.App.Ref");
        var version = Environment.Version;
        var candidates = Directory.Exists(pack)
            ? Directory.GetDirectories(pack)
                .Select(dir => (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir), out var v) ? v : null))
                .Where(c => c.Version is not null && c.Version.Major == version.Major)
                .OrderByDescending(c => c.Version)
                .Select(c => Path.Combine(c.Dir, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
                .Where(File.Exists)
                .ToList()
            : [];
        if (candidates.Count == 0)
        {
            return [];
        }

        var assembly = Assembly.LoadFrom(candidates[0]);
        return [.. assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetCustomAttributes<GeneratorAttribute>().Any())
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())];
    }
}
