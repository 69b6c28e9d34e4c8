using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Serialization.Hashing;
using Ecvet.Tests.Support;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>Properties of the content hash of a learning agreement, over generated contents.</summary>
public sealed class ContentHashPropertyTests
{
    private static readonly Gen<(LearningAgreementContent Content, int Mutation)> Mutated =
        Gen.Select(Generators.AnyContent, Gen.Int[0, ContentMutations.Table.Count - 1]);

    [Fact]
    public void Mutations_CoverEveryPublicPropertyPath()
    {
        MutationCheck<LearningAgreementContent>.ShouldCoverThePropertyGraph(ContentMutations.Table, ContentMutations.Excluded);
        PropertyGraph.Paths(typeof(LearningAgreementContent), []).Should().Contain(["Qualification.Id.Value", "Learner.Name.FamilyName", "Expected[].Assessment.Methods", "Period.StartMonth"], "the walk reaches into the library's own types");
    }

    [Fact]
    public void Hash_AnyChangeToAnyField_ChangesTheHash() =>
        MutationCheck<LearningAgreementContent>.ShouldChangeTheHash(Generators.AnyContent, ContentMutations.Table, x => x.Hash, iter: 24);

    [Fact]
    public void Mutations_TableMissingAPath_FailsNamingIt()
    {
        var partial = new MutationTable<LearningAgreementContent>();
        foreach (var mutation in ContentMutations.Table.Where(m => m.Path != "Learner.BirthDate"))
        {
            partial.Add(mutation.Path, mutation.Apply);
        }

        var act = () => MutationCheck<LearningAgreementContent>.ShouldCoverThePropertyGraph(partial, ContentMutations.Excluded);

        act.Should().Throw<Exception>().WithMessage("*Learner.BirthDate*");
    }

    [Fact]
    public void Hash_ThatIgnoresAField_IsCaught()
    {
        // A hash blind to the learner's birth date (and to nothing else) must fail the property.
        static ContentHash Blind(LearningAgreementContent c) => LearningAgreementContent.FromParts(c.Learner.WithBirthDate(null), c.Home, c.Host,
            c.Intermediary, c.Mou, c.NoMouJustification, c.Period, c.Qualification, c.UnitsAlreadyAchieved, c.Expected).Hash;

        var act = () => MutationCheck<LearningAgreementContent>.ShouldChangeTheHash(Generators.AnyContent, ContentMutations.Table, Blind, iter: 24);

        act.Should().Throw<Exception>().Where(e => e.ToString().Contains("Learner.BirthDate changed the value at its path but not the hash", StringComparison.Ordinal));
    }

    [Fact]
    public void Hash_EqualContents_HaveEqualHashes() =>
        Generators.AnyContent.Sample(content =>
        {
            var copy = LearningAgreementContent.FromParts(content.Learner, content.Home, content.Host, content.Intermediary, content.Mou,
                content.NoMouJustification, content.Period, content.Qualification, content.UnitsAlreadyAchieved, [.. content.Expected]);
            copy.Should().Be(content);
            copy.Hash.Should().Be(content.Hash);
        }, iter: 100);

    [Fact]
    public void Hash_PropertyOrderAndFormatting_DoNotMatter() =>
        Gen.Select(Generators.AnyContent, Gen.Int, Gen.Bool).Sample((content, shuffleSeed, indented) =>
        {
            var json = JsonNode.Parse(ContentHashing.ContentJson(content))!;
            var reordered = Shuffle(json, new Random(shuffleSeed));
            var text = reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = indented, IndentCharacter = indented ? '\t' : ' ', IndentSize = 1 });

            ContentHash.OfJson(text).Should().Be(content.Hash);
        }, iter: 100);

    [Fact]
    public void Hash_DoesNotDependOnCulture() =>
        Generators.AnyContent.Sample(content =>
        {
            var invariant = ContentHash.OfJson(ContentHashing.ContentJson(content));
            invariant.Should().Be(content.Hash);
            foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA", "de-DE" })
            {
                CultureScope.Run(culture, () => ContentHash.OfJson(ContentHashing.ContentJson(content))).Should().Be(invariant);
            }
        }, iter: 20);

    [Fact]
    public void Signature_OnAnOldHash_NeverCountsAndIsRefusedInAStoredHistory() =>
        Mutated.Sample((old, mutation) =>
        {
            if (MutationCheck<LearningAgreementContent>.Apply(ContentMutations.Table[mutation], old) is not { } current)
            {
                return;
            }

            var stale = new[] { SignatoryRole.Learner, SignatoryRole.Guardian, SignatoryRole.Home, SignatoryRole.Host, SignatoryRole.Intermediary }
                .Select(role => Sign(role, old.Hash, TestValues.At(1))).ToArray();
            var version = LearningAgreementVersion.Restore(1, current, stale);

            version.MissingSignatories().Should().Equal(current.RequiredSignatories());
            var restore = () => LearningAgreement.Restore(AgreementId, [version]);
            restore.Should().Throw<InvalidEntryException>().Where(e => e.ParamName == "versions" && e.Location == "[0].signatures[0]");
            var agreement = LearningAgreement.Create(AgreementId, current);
            var act = () => agreement.Sign(stale[0]);
            act.Should().Throw<ArgumentException>().WithParameterName("signature");
        }, iter: 200);

    private static JsonNode Shuffle(JsonNode node, Random random) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Shuffle(p.Value, random)))
            .OrderBy(_ => random.Next()).ToList()),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Shuffle(item, random))]),
        _ => JsonNode.Parse(node.ToJsonString())!,
    };
}
