using System.CommandLine;
using System.CommandLine.Parsing;

namespace Ecvet.Cli;

/// <summary>Checks of option and argument values that System.CommandLine leaves to the tool, each a one-line usage error.</summary>
internal static class CommandLineRules
{
    /// <summary>The value must be one of <paramref name="values"/>; a near miss is told the closest.</summary>
    /// <remarks>Without <paramref name="helpName"/>, the help shows the values themselves (for short lists).</remarks>
    public static void OnlyFrom(Option<string> option, IReadOnlyList<string> values, string? helpName = null)
    {
        option.HelpName = helpName ?? string.Join('|', values);
        option.Validators.Add(result => CheckChoice(result, option.Name, values));
    }

    /// <summary>The argument must be one of <paramref name="values"/>; a near miss is told the closest.</summary>
    public static void OnlyFrom(Argument<string> argument, IReadOnlyList<string> values)
    {
        argument.Validators.Add(result => CheckChoice(result, argument.Name, values));
    }

    /// <summary>A file path must not be empty or blank (the operating system would refuse it with a confusing message).</summary>
    public static void IsPath(Option<string> option) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
        {
            result.AddError($"{option.Name} needs a file path, not an empty string.");
        }
    });

    /// <summary>An outcome text must not be empty or blank: there is nothing to match, and an empty result would read as
    /// "no match found".</summary>
    public static void IsText(Option<string> option) => option.Validators.Add(result =>
    {
        if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.Tokens[^1].Value))
        {
            result.AddError($"{option.Name} needs an outcome text, not an empty string.");
        }
    });

    /// <summary>Every path given for the argument must be non-empty.</summary>
    public static void ArePaths(Argument<string[]> argument) => argument.Validators.Add(result =>
    {
        if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
        {
            result.AddError($"{argument.Name} needs file paths, not an empty string.");
        }
    });

    /// <summary>
    /// A command that takes file arguments reads an unknown option as a file name; report it as the unknown option it
    /// is (with the closest known one) unless a file of that name exists.
    /// </summary>
    public static void NoUnknownOptions(Command command, Argument<string[]> files) => command.Validators.Add(result =>
    {
        foreach (var token in result.GetResult(files)?.Tokens ?? [])
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value))
            {
                result.AddError($"unknown option '{token.Value}' for 'ecvet {command.Name}'{Suggestion.DidYouMean(token.Value, OptionNames(command))}");
            }
        }
    });

    /// <summary>The names and aliases of the options <paramref name="command"/> accepts, its ancestors' recursive ones included.</summary>
    public static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    private static void CheckChoice(SymbolResult result, string name, IReadOnlyList<string> values)
    {
        foreach (var token in result.Tokens)
        {
            if (!values.Contains(token.Value, StringComparer.Ordinal))
            {
                var suggestion = Suggestion.DidYouMean(token.Value, values);
                result.AddError($"'{token.Value}' is not a valid {name}; use one of {string.Join(", ", values)}{(suggestion.Length == 0 ? "." : suggestion)}");
            }
        }
    }
}
