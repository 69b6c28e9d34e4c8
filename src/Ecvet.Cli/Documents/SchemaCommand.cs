using System.CommandLine;

namespace Ecvet.Cli.Documents;

/// <summary><c>ecvet schema TYPE</c>: print the JSON Schema (draft 2020-12) of a document type.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var type = new Argument<string>("TYPE") { Description = "The document type: " + string.Join(", ", DocumentTypes.Names) + "." };
        CommandLineRules.OnlyFrom(type, DocumentTypes.Names);

        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a document type, as generated from the contract that reads it.") { type };
        command.SetAction(parsed =>
        {
            console.Out.Write(DocumentTypes.Named(parsed.GetValue(type)!).Schema());
            return ExitCodes.Success;
        });
        return command;
    }
}
