using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Ecvet.Benchmarks.Matching;

namespace Ecvet.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Ecvet.Core.Benchmarks -- --filter '*'</c> runs the
/// benchmarks; <c>-- --quality [--slow-queries N]</c> prints the matching quality table instead;
/// <c>-- --tune-rerank</c> the character 3-gram re-rank's tuning grid (on another seed);
/// <c>-- --semantic-quality</c> lexical against embedding and hybrid matching on the labelled VET pairs (with
/// <c>--cv</c>: the cross-validated choice of the meaning calibration on the older pairs; with <c>--holdout</c>: the
/// current and the new hybrid on the holdout pairs, once);
/// <c>-- --embed-esco [OUT] [--limit N]</c> embeds every ESCO label once with the built-in model, timed (one run);
/// <c>-- --esco-tagging</c> ESCO tagging quality on held-out alternative labels.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line, or the quality evaluation.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--quality"))
        {
            return QualityEvaluation.Run(args, Console.Out);
        }

        if (args.Contains("--semantic-quality"))
        {
            return args.Contains("--holdout") ? SemanticHoldout.Run(Console.Out)
                : args.Contains("--cv") ? SemanticCrossValidation.Run(Console.Out)
                : SemanticQuality.Run(Console.Out);
        }

        if (args.Contains("--embed-esco"))
        {
            return EscoEmbedding.Run(args, Console.Out);
        }

        if (args.Contains("--esco-tagging"))
        {
            return EscoTaggingQuality.Run(args, Console.Out);
        }

        if (args.Contains("--tune-rerank"))
        {
            return RerankTuning.Run(Console.Out);
        }

        // Building the generated benchmark project can take over BenchmarkDotNet's default 2 minutes on a busy 2-core machine.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
