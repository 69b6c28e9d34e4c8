using System.Runtime.CompilerServices;

namespace Ecvet.Matching.Internal;

/// <summary>
/// Interns terms: an open-addressing hash table keyed by the characters of a span, so that a lookup never allocates a
/// string. Terms live in one character pool; each id maps to (start, length). Written while an index is built, read
/// only afterwards (and then safe for concurrent readers).
/// </summary>
internal sealed class TermTable
{
    private char[] _chars;
    private int _charCount;
    private int[] _start;
    private int[] _length;
    private int[] _hashes;
    private int[] _slots; // term id + 1; 0 = empty
    private int _mask;

    public TermTable(int capacity = 16)
    {
        var slots = 16;
        while (slots < capacity * 2)
        {
            slots <<= 1;
        }

        _slots = new int[slots];
        _mask = slots - 1;
        _start = new int[Math.Max(capacity, 4)];
        _length = new int[_start.Length];
        _hashes = new int[_start.Length];
        _chars = new char[Math.Max(capacity * 8, 64)];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> GetTerm(int id) => _chars.AsSpan(_start[id], _length[id]);

    public string GetString(int id) => new(GetTerm(id));

    /// <summary>Returns the id of <paramref name="term"/>, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            var id = entry - 1;
            if (_hashes[id] == hash && _chars.AsSpan(_start[id], _length[id]).SequenceEqual(term))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Returns the id of <paramref name="term"/>, adding it when it is new.</summary>
    public int Add(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            var existing = entry - 1;
            if (_hashes[existing] == hash && _chars.AsSpan(_start[existing], _length[existing]).SequenceEqual(term))
            {
                return existing;
            }

            slot = (slot + 1) & _mask;
        }

        var id = Count;
        if (id == _start.Length)
        {
            Array.Resize(ref _start, id * 2);
            Array.Resize(ref _length, id * 2);
            Array.Resize(ref _hashes, id * 2);
        }

        if (_charCount + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        }

        term.CopyTo(_chars.AsSpan(_charCount));
        _start[id] = _charCount;
        _length[id] = term.Length;
        _hashes[id] = hash;
        _charCount += term.Length;
        _slots[slot] = id + 1;
        Count = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        _slots = slots;
        _mask = mask;
    }

    // FNV-1a over the UTF-16 code units, then a finalising mix so that the low bits used for the slot are well spread.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> term)
    {
        unchecked
        {
            var h = 2166136261u;
            foreach (var c in term)
            {
                h = (h ^ c) * 16777619u;
            }

            h ^= h >> 15;
            h *= 0x2c1b3c6du;
            h ^= h >> 12;
            return (int)(h & 0x7fffffff);
        }
    }
}
