using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ecvet.Docs.Tests;

/// <summary>
/// The README is also the package's page on the gallery: short, every link absolute and alive, and its claims about
/// the package true.
/// </summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = MarkdownPage.Read("README.md");

    [Fact]
    public void Readme_IsShort() =>
        Readme.Split('\n').Length.Should().BeLessThan(200, "the README is the user's first hour; the rest is in docs/");

    [Fact]
    public void Readme_HasNoRelativeLink()
    {
        var relative = Links(Readme).Where(target => !target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith("http://", StringComparison.Ordinal));

        relative.Should().BeEmpty("on the package gallery a relative link leads nowhere; link to " + Repository.Url + "/blob/main/…");
    }

    [Fact]
    public void Pages_LinksIntoTheRepository_NameFilesThatExist()
    {
        var broken = new List<string>();
        foreach (var page in MarkdownPage.All)
        {
            var folder = Path.GetDirectoryName(Path.Combine(Repository.Root, page))!;
            foreach (var target in Links(MarkdownPage.Read(page)))
            {
                var path = RepositoryPath(target, folder);
                if (path is not null && !File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{page}: {target}");
                }
            }
        }

        broken.Should().BeEmpty("a link into the repository names a file or folder of it");
    }

    [Fact]
    public void Readme_NamesEveryDependencyOfThePackage()
    {
        var project = XDocument.Load(Path.Combine(Repository.Root, "src", "Ecvet.Core", "Ecvet.Core.csproj"));
        var dependencies = project.Descendants("PackageReference")
            .Where(p => p.Attribute("PrivateAssets")?.Value != "all")
            .Select(p => p.Attribute("Include")!.Value)
            .ToList();

        dependencies.Should().NotBeEmpty();
        foreach (var dependency in dependencies)
        {
            Readme.Should().Contain(dependency, "the README says what the package depends on");
        }
    }

    [Fact]
    public void Readme_ShowsTheTestCommandCiRuns() =>
        Readme.Should().Contain("dotnet test Ecvet.Core.sln -c Release");

    [Fact]
    public void DocsIndex_LinksEveryPageOfDocs()
    {
        var index = MarkdownPage.Read("docs/README.md");
        var pages = MarkdownPage.All.Where(p => p.StartsWith("docs/", StringComparison.Ordinal) && p != "docs/README.md");

        foreach (var page in pages)
        {
            index.Should().Contain($"]({page["docs/".Length..]})", $"docs/README.md links {page}");
        }
    }

    /// <summary>The file a link names inside this repository, or <see langword="null"/> when it leads elsewhere.</summary>
    private static string? RepositoryPath(string target, string folder)
    {
        var withoutAnchor = target.Split('#')[0];
        foreach (var prefix in new[] { Repository.Url + "/blob/main/", Repository.Url + "/tree/main/" })
        {
            if (withoutAnchor.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Path.Combine(Repository.Root, Uri.UnescapeDataString(withoutAnchor[prefix.Length..]));
            }
        }

        if (withoutAnchor.Length == 0 || withoutAnchor.Contains("://", StringComparison.Ordinal) || withoutAnchor.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(withoutAnchor)));
    }

    /// <summary>The targets of the Markdown links (<c>[text](target)</c>) of a page, outside code blocks.</summary>
    private static IEnumerable<string> Links(string markdown)
    {
        var prose = CodeBlock().Replace(markdown, "");
        return Link().Matches(prose).Select(m => m.Groups["target"].Value);
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();
}
