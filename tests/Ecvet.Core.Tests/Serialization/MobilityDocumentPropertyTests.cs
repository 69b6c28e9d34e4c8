using System.Text;
using CsCheck;
using Ecvet.Agreements;
using Ecvet.Assessment;
using Ecvet.Serialization;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// Round trips of the mobility documents over generated valid documents (1,000 of each per run): the UTF-8 bytes read
/// back without problems into an equal document that writes the very same bytes again; the string, stream and
/// indented forms agree with them.
/// </summary>
public sealed class MobilityDocumentPropertyTests
{
    private const int Documents = 1_000;

    private const int Overloads = 200;

    private static readonly Format<MemorandumOfUnderstanding> Mou = new(
        (m, indented) => EcvetJson.SerializeToUtf8Bytes(m, indented), m => EcvetJson.Serialize(m),
        b => EcvetJson.ParseMemorandumOfUnderstanding(b), s => EcvetJson.ParseMemorandumOfUnderstanding(s),
        s => EcvetJson.ParseMemorandumOfUnderstanding(s));

    private static readonly Format<LearningAgreement> Agreement = new(
        (a, indented) => EcvetJson.SerializeToUtf8Bytes(a, indented), a => EcvetJson.Serialize(a),
        b => EcvetJson.ParseLearningAgreement(b), s => EcvetJson.ParseLearningAgreement(s),
        s => EcvetJson.ParseLearningAgreement(s));

    private static readonly Format<PersonalTranscript> Transcript = new(
        (t, indented) => EcvetJson.SerializeToUtf8Bytes(t, indented), t => EcvetJson.Serialize(t),
        b => EcvetJson.ParsePersonalTranscript(b), s => EcvetJson.ParsePersonalTranscript(s),
        s => EcvetJson.ParsePersonalTranscript(s));

    [Fact]
    public void RoundTrip_GeneratedMemoranda_ReadBackEqualAndRewriteToIdenticalBytes() =>
        Generators.AnyMou.Sample(Mou.CheckBytes, iter: Documents, print: Mou.Print);

    [Fact]
    public void RoundTrip_GeneratedLearningAgreements_ReadBackEqualAndRewriteToIdenticalBytes() =>
        Generators.AnyAgreement.Sample(Agreement.CheckBytes, iter: Documents, print: Agreement.Print);

    [Fact]
    public void RoundTrip_GeneratedTranscripts_ReadBackEqualAndRewriteToIdenticalBytes() =>
        Generators.AnyTranscript.Sample(Transcript.CheckBytes, iter: Documents, print: Transcript.Print);

    [Fact]
    public void RoundTrip_MemorandaThroughStringStreamAndIndented_AgreeWithTheBytes() =>
        Generators.AnyMou.Sample(Mou.CheckOtherForms, iter: Overloads, print: Mou.Print);

    [Fact]
    public void RoundTrip_LearningAgreementsThroughStringStreamAndIndented_AgreeWithTheBytes() =>
        Generators.AnyAgreement.Sample(Agreement.CheckOtherForms, iter: Overloads, print: Agreement.Print);

    [Fact]
    public void RoundTrip_TranscriptsThroughStringStreamAndIndented_AgreeWithTheBytes() =>
        Generators.AnyTranscript.Sample(Transcript.CheckOtherForms, iter: Overloads, print: Transcript.Print);

    [Fact]
    public void Generators_Agreements_ReachEveryStatus()
    {
        // The round trip is only as strong as what it is fed: every lifecycle state must turn up in a run.
        var statuses = new HashSet<LearningAgreementStatus>();
        var features = new HashSet<string>();
        Generators.AnyAgreement.Sample(agreement =>
        {
            lock (statuses)
            {
                statuses.Add(agreement.GetStatus());
                var contents = agreement.Versions.Select(v => v.Content).Concat(agreement.Proposals.Select(p => p.ProposedContent)).ToArray();
                AddIf(features, "guardian", contents.Any(c => c.RequiredSignatories().Contains(SignatoryRole.Guardian)));
                AddIf(features, "intermediary", contents.Any(c => c.Intermediary is not null));
                AddIf(features, "no MoU", contents.Any(c => c.Mou is null));
                AddIf(features, "months", contents.Any(c => !c.Period.IsDayKnown));
                AddIf(features, "approved change", agreement.Versions.Any(v => v.Origin is not null));
                AddIf(features, "rejected change", agreement.Proposals.Any(p => p.IsRejected));
                AddIf(features, "several drafts", agreement.Versions.Length > 1 && agreement.Versions[1].Origin is null);
                AddIf(features, "fractional points", contents.Any(c => c.Expected.Any(e => e.ExpectedPoints.Value != decimal.Truncate(e.ExpectedPoints.Value))));
            }
        }, iter: 300, threads: 1);

        statuses.Should().BeEquivalentTo(Enum.GetValues<LearningAgreementStatus>());
        features.Should().BeEquivalentTo("guardian", "intermediary", "no MoU", "months", "approved change", "rejected change", "several drafts", "fractional points");
    }

    [Fact]
    public void Generators_Transcripts_ReachEveryGradingKindAndStatus()
    {
        var seen = new HashSet<string>();
        Generators.AnyTranscript.Sample(transcript =>
        {
            lock (seen)
            {
                foreach (var entry in transcript.Entries)
                {
                    seen.Add(entry.Result.Scheme.Kind + "/" + entry.Result.Status);
                    AddIf(seen, "credit", entry.CreditRecorded is not null);
                    AddIf(seen, "evidence", !entry.Result.Evidence.IsEmpty);
                    AddIf(seen, "lower is better", !entry.Result.Scheme.HigherIsBetter);
                }

                AddIf(seen, "signed", !transcript.Signatures.IsEmpty);
            }
        }, iter: 300, threads: 1);

        var expected = Enum.GetValues<GradingKind>().SelectMany(kind => Enum.GetValues<AssessmentStatus>().Select(status => kind + "/" + status))
            .Concat(["credit", "evidence", "lower is better", "signed"]);
        seen.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public void Generators_Memoranda_ReachEveryOptionalMember()
    {
        var seen = new HashSet<string>();
        Generators.AnyMou.Sample(mou =>
        {
            lock (seen)
            {
                AddIf(seen, mou.FileCode is null ? "no file code" : "file code", true);
                AddIf(seen, mou.ValidUntil is null ? "open-ended" : "valid until", true);
                AddIf(seen, "minimum duration", mou.MinimumMobilityDuration is not null);
                AddIf(seen, "maximum duration", mou.MaximumMobilityDuration is not null);
                AddIf(seen, "review", mou.ReviewArrangements is not null);
                AddIf(seen, "equivalences", !mou.PreAgreedEquivalences.IsEmpty);
                AddIf(seen, "covered organisations", !mou.CoveredOrganisations.IsEmpty);
                AddIf(seen, "contact", mou.SigningOrganisations.Any(o => o.Contact is not null));
                AddIf(seen, "unit points", mou.Qualifications.Any(q => q.Units.Any(u => u.Points is not null)));
                AddIf(seen, mou.IsFullySigned() ? "fully signed" : mou.Signatures.IsEmpty ? "unsigned" : "partly signed", true);
            }
        }, iter: 300, threads: 1);

        seen.Should().BeEquivalentTo("no file code", "file code", "open-ended", "valid until", "minimum duration", "maximum duration", "review",
            "equivalences", "covered organisations", "contact", "unit points", "fully signed", "unsigned", "partly signed");
    }

    private static void AddIf(HashSet<string> set, string feature, bool condition)
    {
        if (condition)
        {
            set.Add(feature);
        }
    }

    /// <summary>The entry points of one document type.</summary>
    private sealed class Format<T>(Func<T, bool, byte[]> toBytes, Func<T, string> toText, Func<byte[], JsonReadResult<T>> fromBytes,
        Func<string, JsonReadResult<T>> fromText, Func<Stream, JsonReadResult<T>> fromStream)
        where T : class
    {
        public string Print(T value) => Encoding.UTF8.GetString(toBytes(value, true));

        /// <summary>Bytes → parse (no problems) → equal → the same bytes again.</summary>
        public void CheckBytes(T value)
        {
            var bytes = toBytes(value, false);
            var read = Expect(fromBytes(bytes), value, "bytes");
            Same(toBytes(read, false), bytes, "re-serialized bytes");
        }

        /// <summary>The string and stream readers and the indented writer give the same document and bytes.</summary>
        public void CheckOtherForms(T value)
        {
            var bytes = toBytes(value, false);
            var text = toText(value);
            Same(Encoding.UTF8.GetBytes(text), bytes, "the string form");
            var fromString = Expect(fromText(text), value, "string");
            Same(toBytes(fromString, false), bytes, "bytes after the string round trip");
            using (var stream = new MemoryStream(bytes, writable: false))
            {
                var fromStreamValue = Expect(fromStream(stream), value, "stream");
                Same(toBytes(fromStreamValue, false), bytes, "bytes after the stream round trip");
            }

            var indented = Expect(fromBytes(toBytes(value, true)), value, "indented bytes");
            Same(toBytes(indented, false), bytes, "bytes after the indented round trip");
        }

        private static T Expect(JsonReadResult<T> result, T original, string form)
        {
            if (!result.IsSuccess || !result.Problems.IsEmpty)
            {
                throw new InvalidOperationException($"The {form} form did not read back: {result}");
            }

            if (!result.Value.Equals(original))
            {
                throw new InvalidOperationException($"The {form} form read back a different {typeof(T).Name}: {result.Value}");
            }

            return result.Value;
        }

        private static void Same(byte[] actual, byte[] expected, string what)
        {
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException($"{what} differ:{Environment.NewLine}{Encoding.UTF8.GetString(expected)}{Environment.NewLine}{Encoding.UTF8.GetString(actual)}");
            }
        }
    }
}
