using Ecvet.Matching.Internal;

namespace Ecvet.Tests.Matching;

public sealed class MaximumWeightAssignmentTests
{
    [Fact]
    public void Solve_GreedyWouldBeWrong_FindsTheMaximum()
    {
        // Greedy takes (0,0) = 0.9 first and is left with (1,1) = 0.1: total 1.0. The maximum is 0.85 + 0.8 = 1.65.
        var result = MaximumWeightAssignment.Solve(new[,] { { 0.9, 0.85 }, { 0.8, 0.1 } });
        result.Should().Equal(1, 0);
    }

    [Fact]
    public void Solve_MoreRowsThanColumns_LeavesTheWeakestRowOut() =>
        MaximumWeightAssignment.Solve(new[,] { { 0.2 }, { 0.7 }, { 0.5 } }).Should().Equal(-1, 0, -1);

    [Fact]
    public void Solve_MoreColumnsThanRows_AssignsEveryRow() =>
        MaximumWeightAssignment.Solve(new[,] { { 0.1, 0.3, 0.9 }, { 0.8, 0.2, 0.95 } }).Should().Equal(2, 0);

    [Fact]
    public void Solve_Empty_GivesNothing() => MaximumWeightAssignment.Solve(new double[0, 3]).Should().BeEmpty();

    [Fact]
    public void Solve_MatchesBruteForce_OnRandomMatrices()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            var weights = new double[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    weights[i, j] = Math.Round(random.NextDouble(), 3);
                }
            }

            var result = MaximumWeightAssignment.Solve(weights);
            result.Where(c => c >= 0).Should().OnlyHaveUniqueItems();
            Total(weights, result).Should().BeApproximately(BruteForce(weights, 0, new bool[columns]), 1e-9);
        }
    }

    private static double Total(double[,] weights, int[] result) =>
        result.Select((c, r) => c >= 0 ? weights[r, c] : 0).Sum();

    private static double BruteForce(double[,] weights, int row, bool[] used)
    {
        if (row == weights.GetLength(0))
        {
            return 0;
        }

        var best = BruteForce(weights, row + 1, used);
        for (var c = 0; c < used.Length; c++)
        {
            if (!used[c])
            {
                used[c] = true;
                best = Math.Max(best, weights[row, c] + BruteForce(weights, row + 1, used));
                used[c] = false;
            }
        }

        return best;
    }
}
