using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Ecvet.Build.PublicDocumentation;

// Usage: Ecvet.Build.PublicDocumentation ASSEMBLY XML
// Rewrites XML (the compiler's documentation file of ASSEMBLY) without the members a user of ASSEMBLY cannot see:
// internal and private types and members, and everything inside them. A documented member this program cannot place
// among the assembly's members fails the build, so that a change in the compiler's ids never drops public docs silently.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Ecvet.Build.PublicDocumentation ASSEMBLY XML");
    return 2;
}

var (assemblyPath, xmlPath) = (args[0], args[1]);
DocumentationIds ids;
using (var pe = new PEReader(File.OpenRead(assemblyPath)))
{
    ids = DocumentationIds.Read(pe.GetMetadataReader());
}

var document = XDocument.Load(xmlPath, LoadOptions.PreserveWhitespace);
var members = document.Root?.Element("members")?.Elements("member").ToList() ?? [];
var unknown = new List<string>();
var removed = 0;
foreach (var member in members)
{
    var name = (string?)member.Attribute("name") ?? "";
    if (ids.Visible.Contains(name))
    {
        continue;
    }

    if (!ids.Hidden.Contains(name))
    {
        unknown.Add(name);
        continue;
    }

    // The indentation before the element goes with it.
    if (member.PreviousNode is XText indentation && string.IsNullOrWhiteSpace(indentation.Value))
    {
        indentation.Remove();
    }

    member.Remove();
    removed++;
}

if (unknown.Count > 0)
{
    foreach (var name in unknown)
    {
        Console.Error.WriteLine($"{xmlPath}: error ECVETDOC1: documented member {name} is not a member of {Path.GetFileName(assemblyPath)}.");
    }

    return 1;
}

if (removed > 0)
{
    document.Save(xmlPath, SaveOptions.DisableFormatting);
}

Console.WriteLine($"{Path.GetFileName(xmlPath)}: {members.Count - removed} public members documented, {removed} internal ones left out.");
return 0;
