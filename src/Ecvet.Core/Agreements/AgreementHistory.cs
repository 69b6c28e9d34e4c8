using System.Globalization;

namespace Ecvet.Agreements;

/// <summary>
/// Checks that a stored learning agreement history is one the transitions could have produced, by replaying it through
/// them: <see cref="LearningAgreement.Create"/>, then per version <see cref="LearningAgreement.ReviseDraft"/> or
/// <see cref="LearningAgreement.ProposeChange"/>, <see cref="LearningAgreement.Sign"/> and
/// <see cref="LearningAgreement.ApproveChange"/>, the other proposals with their signatures and rejections, and
/// <see cref="LearningAgreement.Close"/> or <see cref="LearningAgreement.Cancel"/>. The transitions are the only home of
/// the lifecycle rules; this class restates none of them, it only says at which step of the history one refused.
/// </summary>
/// <remarks>
/// Who must sign depends on the <see cref="SignatoryPolicy"/> (a guardian for a minor), which a stored document does not
/// record: the history is accepted when one policy with an age of majority up to the default (18) makes every step
/// valid. Only the policies that change who counts as a minor are tried, the default first, and the default's refusal
/// is the one reported. Higher ages are not tried: under an age of majority of 30 almost every learner's signed version
/// would count as not in force, so a draft revised after everyone signed it would pass for a valid history.
/// </remarks>
internal static class AgreementHistory
{
    /// <summary>Throws the first step the transitions refuse, under the default policy, unless another policy accepts every step.</summary>
    /// <exception cref="InvalidEntryException">A step of the history is one the transitions refuse; the location says which.</exception>
    internal static void Check(LearningAgreement stored)
    {
        InvalidEntryException? refusal = null;
        foreach (var policy in Policies(stored))
        {
            try
            {
                Replay(stored, policy);
                return;
            }
            catch (InvalidEntryException ex)
            {
                refusal ??= ex;
            }
        }

        throw refusal!;
    }

    private static void Replay(LearningAgreement stored, SignatoryPolicy policy)
    {
        var versions = stored.Versions;
        var proposals = stored.Proposals;
        var replayed = LearningAgreement.Create(stored.Id, versions[0].Content);
        var next = 0;
        for (var i = 0; i < versions.Length; i++)
        {
            var version = versions[i];
            var at = Index(i);
            if (i > 0 && version.Origin is null)
            {
                replayed = Step(() => replayed.ReviseDraft(version.Content, policy), "versions", at, $"Version {i + 1} is a revised draft");
            }
            else if (version.Origin is { } origin)
            {
                if (origin.Rejection is not null)
                {
                    throw Refused($"Version {i + 1} comes from a change proposal that was rejected; only an approved proposal makes a version.", "versions", at + ".origin.rejection");
                }

                replayed = Propose(replayed, origin, policy, "versions", at + ".origin");
                replayed = Step(() => replayed.ApproveChange(origin.Id, policy), "versions", at + ".origin", $"The change that made version {i + 1}");
                if (!version.Signatures.SequenceEqual(origin.Signatures))
                {
                    throw Refused($"Version {i + 1} must hold exactly the signatures of the approved proposal it comes from.", "versions", at + ".signatures");
                }
            }

            if (version.Origin is null)
            {
                for (var j = 0; j < version.Signatures.Length; j++)
                {
                    var signature = version.Signatures[j];
                    replayed = Step(() => replayed.Sign(signature), "versions", at + Index(".signatures", j), $"The signature {signature.Role} on version {i + 1}");
                }
            }

            // The other proposals were made while this version was in force: before the next approved change.
            for (; next < proposals.Length && proposals[next].BaseVersion <= i + 1; next++)
            {
                var proposal = proposals[next];
                var where = Index(next);
                if (proposal.BaseVersion < i + 1)
                {
                    throw Refused(
                        $"The proposal on version {proposal.BaseVersion} is listed after a proposal on version {i + 1}; proposals are listed in the order they were made, each on the version in force then.",
                        "proposals", where);
                }

                replayed = Propose(replayed, proposal, policy, "proposals", where);
                if (proposal.Rejection is { } rejection)
                {
                    replayed = Step(() => replayed.RejectChange(proposal.Id, rejection.RejectedBy, rejection.Comment, rejection.RejectedAt),
                        "proposals", where + ".rejection", "The rejection");
                }
            }
        }

        if (next < proposals.Length)
        {
            throw Refused(
                string.Create(CultureInfo.InvariantCulture, $"The proposal on version {proposals[next].BaseVersion} is listed after proposals on later versions; proposals are listed in the order they were made."),
                "proposals", Index(next));
        }

        if (stored.End is { } end)
        {
            replayed = Step(
                () => end.Kind == AgreementEndKind.Closed ? replayed.Close(end.At, end.Reason, policy) : replayed.Cancel(end.At, end.Reason!, policy),
                "end", string.Empty, $"The agreement cannot be {end.Kind.ToString().ToLowerInvariant()} here");
        }

        if (!replayed.Equals(stored))
        {
            // Every part is compared step by step above; this guards the replay itself.
            throw Refused("The history is not one the transitions produce.", "versions", string.Empty);
        }
    }

    /// <summary>Proposes, then signs, as the proposal records; checks it is based on the version in force at that point.</summary>
    private static LearningAgreement Propose(LearningAgreement replayed, ChangeProposal proposal, SignatoryPolicy policy, string paramName, string at)
    {
        var result = Step(() => replayed.ProposeChange(proposal.ProposedContent, proposal.Changes, proposal.ProposedBy, proposal.ProposedAt, proposal.Comment, policy),
            paramName, at, "The change proposal");
        var made = result.Proposals[^1];
        if (made.BaseVersion != proposal.BaseVersion || made.BaseHash != proposal.BaseHash)
        {
            throw Refused(
                string.Create(CultureInfo.InvariantCulture, $"The change proposal is based on version {proposal.BaseVersion}, but version {made.BaseVersion} was in force when it was made; a proposal changes the version in force."),
                paramName, at + (made.BaseVersion != proposal.BaseVersion ? ".baseVersion" : ".baseHash"));
        }

        for (var j = 0; j < proposal.Signatures.Length; j++)
        {
            var signature = proposal.Signatures[j];
            result = Step(() => result.Sign(signature), paramName, at + Index(".signatures", j), $"The signature {signature.Role} on the proposal");
        }

        return result;
    }

    private static LearningAgreement Step(Func<LearningAgreement> transition, string paramName, string location, string what)
    {
        try
        {
            return transition();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw Refused($"{what} is not a step the agreement allows: {WithoutParameter(ex)}", paramName, location, ex);
        }
    }

    /// <summary>The default policy, then one policy for each other set of learners counted as minors at a lower age of majority.</summary>
    private static IEnumerable<SignatoryPolicy> Policies(LearningAgreement stored)
    {
        var contents = stored.Versions.Select(v => v.Content)
            .Concat(stored.Versions.Where(v => v.Origin is not null).Select(v => v.Origin!.ProposedContent))
            .Concat(stored.Proposals.Select(p => p.ProposedContent))
            .ToArray();

        // Being a minor only grows with the age of majority, so the number of minors tells the policies apart.
        var seen = new HashSet<int>();
        for (var age = 0; age < SignatoryPolicy.DefaultAdultAge; age++)
        {
            var policy = age == 0 ? SignatoryPolicy.Default : SignatoryPolicy.Default.WithAdultAge(age);
            if (seen.Add(contents.Count(c => c.IsLearnerMinor(policy))))
            {
                yield return policy;
            }
        }
    }

    private static string WithoutParameter(Exception ex)
    {
        var message = ex.Message;
        if (ex is ArgumentException { ParamName: not null })
        {
            var suffix = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
            message = suffix > 0 ? message[..suffix] : message;
        }

        return message;
    }

    // The parameter names are those of LearningAgreement.Restore, whose arguments the replay walks.
    private static InvalidEntryException Refused(string message, string paramName, string location, Exception? cause = null) =>
        cause is null ? new(message, paramName, location) : new(message, paramName, location, cause);

    private static string Index(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    private static string Index(string member, int index) => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]");
}
