namespace Ecvet.Matching.Internal;

/// <summary>
/// Maximum-weight one-to-one assignment of rows to columns (the Hungarian method with potentials, O(n³) in the larger
/// side): among all matchings, one whose weights sum highest. Rectangular matrices are padded with zero weights.
/// </summary>
internal static class MaximumWeightAssignment
{
    /// <summary>Returns, for each row, the column assigned to it, or -1 when the row stays unassigned (more rows than
    /// columns).</summary>
    public static int[] Solve(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var size = Math.Max(rows, columns);
        var result = new int[rows];
        Array.Fill(result, -1);
        if (size == 0)
        {
            return result;
        }

        // Minimise cost = −weight over the square matrix padded with zeros; a flat, 1-based copy keeps the inner loop
        // free of the two-dimensional array's bounds arithmetic. Index 0 is the algorithm's virtual row/column.
        var stride = size + 1;
        var costs = new double[stride * stride];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                costs[((r + 1) * stride) + c + 1] = -weights[r, c];
            }
        }

        var u = new double[size + 1];
        var v = new double[size + 1];
        var rowOfColumn = new int[size + 1];
        var way = new int[size + 1];
        var minimum = new double[size + 1];
        var used = new bool[size + 1];
        for (var row = 1; row <= size; row++)
        {
            rowOfColumn[0] = row;
            var column0 = 0;
            Array.Fill(minimum, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[column0] = true;
                var row0 = rowOfColumn[column0];
                var delta = double.PositiveInfinity;
                var column1 = 0;
                var rowCosts = costs.AsSpan(row0 * stride, stride);
                var u0 = u[row0];
                for (var column = 1; column <= size; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    var cost = rowCosts[column] - u0 - v[column];
                    if (cost < minimum[column])
                    {
                        minimum[column] = cost;
                        way[column] = column0;
                    }

                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }

                for (var column = 0; column <= size; column++)
                {
                    if (used[column])
                    {
                        u[rowOfColumn[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (rowOfColumn[column0] != 0);

            do
            {
                var column1 = way[column0];
                rowOfColumn[column0] = rowOfColumn[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        for (var column = 1; column <= size; column++)
        {
            var row = rowOfColumn[column];
            if (row >= 1 && row <= rows && column <= columns)
            {
                result[row - 1] = column - 1;
            }
        }

        return result;
    }
}
