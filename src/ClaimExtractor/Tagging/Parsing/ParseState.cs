using System.Runtime.CompilerServices;

namespace ClaimExtraction.Tagging.Parsing;

/// <summary>The three arc-hybrid transitions; arcs carry a label chosen separately.</summary>
internal enum Move : byte
{
    /// <summary>Push the front of the buffer onto the stack.</summary>
    Shift = 0,

    /// <summary>Pop s0 and attach it to b0 (b0 is its head).</summary>
    Left = 1,

    /// <summary>Pop s0 and attach it to s1 (s1 is its head).</summary>
    Right = 2,
}

/// <summary>
/// A mutable arc-hybrid configuration for one sentence of <see cref="Length"/> tokens (0..n-1) with the artificial
/// root at index n, at the END of the buffer (Ballesteros &amp; Nivre 2013): the root takes exactly one dependent, by a
/// left arc that is only allowed when the stack holds a single item. The buffer is always the contiguous suffix
/// <see cref="Buffer"/>..n. Arrays are reused across sentences: a workspace, not a per-token allocation.
/// </summary>
internal sealed class ParseState
{
    public const int None = -1;

    /// <summary>Tag code of the artificial root token.</summary>
    public const byte RootTag = 62;

    /// <summary>Tag code used for a position that holds no token.</summary>
    public const byte NoTag = 63;

    /// <summary>Label code used for "no label".</summary>
    public const byte NoLabel = 255;

    public const ulong RootWord = 0x5EED_0000_0000_0001UL;
    public const ulong NoWord = 0x5EED_0000_0000_0002UL;

    /// <summary>The word id of forms outside the parser's vocabulary.</summary>
    public const ulong UnknownWord = 0x5EED_0000_0000_0003UL;

    private int _capacity;

    public ParseState(int capacity = 64)
    {
        Allocate(Math.Max(capacity, 4));
    }

    /// <summary>Number of real tokens; the root is token <see cref="Length"/>.</summary>
    public int Length { get; private set; }

    public ulong[] Words = null!;

    /// <summary>Suffix-and-shape ids (<see cref="ParserFeatures.ShapeId"/>); <see cref="NoWord"/> unless filled.</summary>
    public ulong[] Shapes = null!;
    public byte[] Tags = null!;
    public int[] Stack = null!;
    public int StackCount;

    /// <summary>Index of the front of the buffer (the buffer is Buffer..Length inclusive of the root).</summary>
    public int Buffer;

    public int[] Heads = null!;
    public byte[] Labels = null!;
    public int[] Left1 = null!;
    public int[] Left2 = null!;
    public int[] Right1 = null!;
    public int[] Right2 = null!;
    public byte[] LeftCount = null!;
    public byte[] RightCount = null!;
    public ulong[] LeftLabels = null!;
    public ulong[] RightLabels = null!;

    /// <summary>Commas and colons (low 16 bits) and quotes (high 16 bits) before each token: see <see cref="Between"/>.</summary>
    private int[] _punctuationBefore = null!;
    private int[] _verbsBefore = null!;
    private bool _punctuationReady;

    /// <summary>Prepares for a sentence of <paramref name="length"/> tokens; fill <see cref="Words"/> and <see cref="Tags"/> next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Reset(int length)
    {
        if (length + 1 > _capacity)
        {
            Allocate(Math.Max(length + 1, _capacity * 2));
        }

        Length = length;
        var m = length + 1;
        Heads.AsSpan(0, m).Fill(None);
        Labels.AsSpan(0, m).Fill(NoLabel);
        Left1.AsSpan(0, m).Fill(None);
        Left2.AsSpan(0, m).Fill(None);
        Right1.AsSpan(0, m).Fill(None);
        Right2.AsSpan(0, m).Fill(None);
        LeftCount.AsSpan(0, m).Clear();
        RightCount.AsSpan(0, m).Clear();
        LeftLabels.AsSpan(0, m).Clear();
        RightLabels.AsSpan(0, m).Clear();
        Shapes.AsSpan(0, m).Fill(NoWord);
        Words[length] = RootWord;
        Shapes[length] = RootWord;
        Tags[length] = RootTag;
        StackCount = 0;
        Buffer = 0;
        _punctuationReady = false;
    }

    /// <summary>
    /// A small code for the punctuation strictly between tokens <paramref name="left"/> &lt; <paramref name="right"/>:
    /// the number of commas and colons (up to 3) and of quotes (up to 2). Counts are taken from <see cref="Tags"/> on the
    /// first call after <see cref="Reset"/>, so fill the tags first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public int Between(int left, int right)
    {
        if (left < 0 || right <= left)
        {
            return 15;
        }

        if (!_punctuationReady)
        {
            CountPunctuation();
        }

        var count = _punctuationBefore[right] - _punctuationBefore[left + 1];
        return Math.Min(count & 0xFFFF, 3) | (Math.Min(count >> 16, 2) << 2);
    }

    /// <summary>The number of verbs and modals (up to 2) strictly between <paramref name="left"/> and <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public int VerbsBetween(int left, int right)
    {
        if (left < 0 || right <= left)
        {
            return 3;
        }

        if (!_punctuationReady)
        {
            CountPunctuation();
        }

        return Math.Min(_verbsBefore[right] - _verbsBefore[left + 1], 2);
    }

    private void CountPunctuation()
    {
        var running = 0;
        var verbs = 0;
        for (var i = 0; i <= Length; i++)
        {
            _punctuationBefore[i] = running;
            _verbsBefore[i] = verbs;
            var tag = (Documents.PosTag)Tags[i];
            running += tag is Documents.PosTag.Comma or Documents.PosTag.Colon ? 1
                : tag is Documents.PosTag.OpenQuote or Documents.PosTag.CloseQuote ? 1 << 16 : 0;
            verbs += tag is Documents.PosTag.VB or Documents.PosTag.VBD or Documents.PosTag.VBG or Documents.PosTag.VBN
                or Documents.PosTag.VBP or Documents.PosTag.VBZ or Documents.PosTag.MD ? 1 : 0;
        }

        _punctuationReady = true;
    }

    public bool IsTerminal => StackCount == 0 && Buffer == Length;

    public bool CanShift => Buffer < Length;

    public bool CanLeft => StackCount > 0 && (Buffer < Length || StackCount == 1);

    public bool CanRight => StackCount >= 2;

    public bool IsLegal(Move move) => move switch
    {
        Move.Shift => CanShift,
        Move.Left => CanLeft,
        _ => CanRight,
    };

    /// <summary>The i-th stack item from the top (0 = s0), or <see cref="None"/>.</summary>
    public int StackAt(int i) => i < StackCount ? Stack[StackCount - 1 - i] : None;

    /// <summary>The i-th buffer item (0 = b0; the root counts), or <see cref="None"/>.</summary>
    public int BufferAt(int i)
    {
        var b = Buffer + i;
        return b <= Length ? b : None;
    }

    /// <summary>The head an arc made by <paramref name="move"/> would give s0 (Left: b0, Right: s1).</summary>
    public int HeadFor(Move move) => move == Move.Left ? Buffer : Stack[StackCount - 2];

    /// <summary>Applies a legal move; <paramref name="label"/> is ignored for <see cref="Move.Shift"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public void Apply(Move move, int label)
    {
        switch (move)
        {
            case Move.Shift:
                Stack[StackCount++] = Buffer++;
                break;
            case Move.Left:
                AddArc(Buffer, Stack[--StackCount], label);
                break;
            default:
                var dependent = Stack[--StackCount];
                AddArc(Stack[StackCount - 1], dependent, label);
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = (byte)label;
        var bit = label < 64 ? 1UL << label : 0UL;
        if (dependent < head)
        {
            if (Left1[head] == None || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == None || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }

            if (LeftCount[head] < 255)
            {
                LeftCount[head]++;
            }

            LeftLabels[head] |= bit;
        }
        else
        {
            if (Right1[head] == None || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == None || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }

            if (RightCount[head] < 255)
            {
                RightCount[head]++;
            }

            RightLabels[head] |= bit;
        }
    }

    private void Allocate(int capacity)
    {
        _capacity = capacity;
        Words = new ulong[capacity];
        Shapes = new ulong[capacity];
        Tags = new byte[capacity];
        Stack = new int[capacity];
        Heads = new int[capacity];
        Labels = new byte[capacity];
        Left1 = new int[capacity];
        Left2 = new int[capacity];
        Right1 = new int[capacity];
        Right2 = new int[capacity];
        LeftCount = new byte[capacity];
        RightCount = new byte[capacity];
        LeftLabels = new ulong[capacity];
        RightLabels = new ulong[capacity];
        _punctuationBefore = new int[capacity];
        _verbsBefore = new int[capacity];
    }
}
