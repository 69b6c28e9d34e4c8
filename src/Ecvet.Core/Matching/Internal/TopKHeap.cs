namespace Ecvet.Matching.Internal;

/// <summary>
/// The items of a binary min-heap as <see cref="TopKHeap"/> sees them: positions it compares and swaps. The root is
/// the worst item kept, so that keeping the best k of a stream costs one comparison per item that cannot enter.
/// </summary>
/// <remarks>Implemented by structs (or ref structs over a span), so that every heap is specialised by the JIT with its
/// comparison inlined: one heap for every top-k selection of the matcher, whatever its storage.</remarks>
internal interface IHeapItems
{
    /// <summary>Whether the item at <paramref name="a"/> ranks below the item at <paramref name="b"/>: a strict total
    /// order (ties broken by entry id), so that the k kept are exactly the first k of a full sort.</summary>
    bool Worse(int a, int b);

    /// <summary>Exchanges the items at two positions.</summary>
    void Swap(int a, int b);
}

/// <summary>The one top-k structure of the matcher: sift operations of a min-heap over any <see cref="IHeapItems"/>.</summary>
internal static class TopKHeap
{
    /// <summary>Moves the item at <paramref name="i"/> up until its parent is not worse.</summary>
    public static void SiftUp<T>(ref T items, int i)
        where T : IHeapItems, allows ref struct
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!items.Worse(i, parent))
            {
                return;
            }

            items.Swap(i, parent);
            i = parent;
        }
    }

    /// <summary>Moves the item at <paramref name="i"/> down, among the first <paramref name="size"/>, until no child is
    /// worse.</summary>
    public static void SiftDown<T>(ref T items, int i, int size)
        where T : IHeapItems, allows ref struct
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= size)
            {
                return;
            }

            var worst = left + 1 < size && items.Worse(left + 1, left) ? left + 1 : left;
            if (!items.Worse(worst, i))
            {
                return;
            }

            items.Swap(i, worst);
            i = worst;
        }
    }
}
