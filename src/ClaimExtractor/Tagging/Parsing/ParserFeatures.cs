using System.Runtime.CompilerServices;

namespace ClaimExtraction.Tagging.Parsing;

/// <summary>
/// Feature templates of the parser, in the style of Zhang &amp; Nivre (2011) adapted to arc-hybrid: words and tags of
/// s0..s2 and b0..b2, their outermost children and the children's labels, distances, valencies and label sets.
/// Every feature is a 64-bit hash built with <see cref="FeatureHash"/>; nothing is allocated.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Upper bound of transition features per configuration.</summary>
    public const int MaxTransitionFeatures = 128;

    /// <summary>Upper bound of label features per arc.</summary>
    public const int MaxLabelFeatures = 48;

    private const int WordTemplate = 1;
    private const int ShapeTemplate = 2;
    private const int MaxWordChars = 40;
    private static readonly ulong[] Seeds = BuildSeeds(256);

    /// <summary>The hashed, normalized form of a token's text: lower case, digits as 0, quotes and brackets unified.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static ulong WordId(ReadOnlySpan<char> text)
    {
        switch (text)
        {
            case "-LRB-" or "-LSB-" or "-LCB-" or "[" or "{":
                return FeatureHash.Of(WordTemplate, "(");
            case "-RRB-" or "-RSB-" or "-RCB-" or "]" or "}":
                return FeatureHash.Of(WordTemplate, ")");
            case "``" or "''" or "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB":
                return FeatureHash.Of(WordTemplate, "\"");
            case "`" or "\u2018" or "\u2019":
                return FeatureHash.Of(WordTemplate, "'");
            case "\u2014" or "\u2013" or "\u2012" or "\u2015":
                return FeatureHash.Of(WordTemplate, "--");
            case "\u2026":
                return FeatureHash.Of(WordTemplate, "...");
        }

        Span<char> buffer = stackalloc char[MaxWordChars];
        var length = Math.Min(text.Length, MaxWordChars);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            buffer[i] = c switch
            {
                >= '0' and <= '9' => '0',
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\u2019' => '\'',
                < (char)128 => c,
                _ => Text.CharClass.ToLowerInvariant(c),
            };
        }

        return FeatureHash.Of(WordTemplate, buffer[..length]);
    }

    /// <summary>
    /// The hashed suffix and shape of a token, a back-off for rare words: the last three characters in lower case
    /// (digits as 0) with flags for an initial capital, all capitals, a digit and a hyphen.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static ulong ShapeId(ReadOnlySpan<char> text)
    {
        var flags = 0;
        foreach (var c in text)
        {
            flags |= c switch
            {
                >= '0' and <= '9' => 4,
                '-' => 8,
                _ => 0,
            };
        }

        if (text.Length > 0 && char.IsUpper(text[0]))
        {
            flags |= 1;
            var allUpper = text.Length > 1;
            foreach (var c in text)
            {
                allUpper &= !char.IsLower(c);
            }

            flags |= allUpper ? 2 : 0;
        }

        Span<char> suffix = stackalloc char[3];
        var length = Math.Min(text.Length, 3);
        var tail = text[^length..];
        for (var i = 0; i < length; i++)
        {
            var c = tail[i];
            suffix[i] = c is >= '0' and <= '9' ? '0' : Text.CharClass.ToLowerInvariant(c);
        }

        return FeatureHash.With(FeatureHash.Of(ShapeTemplate, suffix[..length]), flags | (Math.Min(text.Length, 8) << 8));
    }

    /// <summary>Writes the features of the configuration for choosing the next move; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static int Transition(ParseState s, Span<ulong> f)
    {
        var s0 = s.StackAt(0);
        var s1 = s.StackAt(1);
        var s2 = s.StackAt(2);
        var b0 = s.BufferAt(0);
        var b1 = s.BufferAt(1);
        var b2 = s.BufferAt(2);
        var words = s.Words;
        var tags = s.Tags;

        var s0w = W(words, s0);
        var s1w = W(words, s1);
        var s2w = W(words, s2);
        var b0w = W(words, b0);
        var b1w = W(words, b1);
        var b2w = W(words, b2);
        long s0p = P(tags, s0);
        long s1p = P(tags, s1);
        long s2p = P(tags, s2);
        long b0p = P(tags, b0);
        long b1p = P(tags, b1);
        long b2p = P(tags, b2);

        var s0l1 = Child(s.Left1, s0);
        var s0l2 = Child(s.Left2, s0);
        var s0r1 = Child(s.Right1, s0);
        var s0r2 = Child(s.Right2, s0);
        var s1l1 = Child(s.Left1, s1);
        var s1r1 = Child(s.Right1, s1);
        var s1r2 = Child(s.Right2, s1);
        var b0l1 = Child(s.Left1, b0);
        var b0l2 = Child(s.Left2, b0);

        long s0l1p = P(tags, s0l1), s0l2p = P(tags, s0l2), s0r1p = P(tags, s0r1), s0r2p = P(tags, s0r2);
        long s1l1p = P(tags, s1l1), s1r1p = P(tags, s1r1), s1r2p = P(tags, s1r2);
        long b0l1p = P(tags, b0l1), b0l2p = P(tags, b0l2);
        long s0l1l = L(s.Labels, s0l1), s0l2l = L(s.Labels, s0l2), s0r1l = L(s.Labels, s0r1), s0r2l = L(s.Labels, s0r2);
        long s1l1l = L(s.Labels, s1l1), s1r1l = L(s.Labels, s1r1), s1r2l = L(s.Labels, s1r2);
        long b0l1l = L(s.Labels, b0l1), b0l2l = L(s.Labels, b0l2);

        long d0 = s0 >= 0 && b0 >= 0 ? Distance(b0 - s0, b0 == s.Length) : 0;
        long d1 = s1 >= 0 ? Distance(s0 - s1, false) : 0;
        long s0vl = s0 >= 0 ? Math.Min((int)s.LeftCount[s0], 7) : 15;
        long s0vr = s0 >= 0 ? Math.Min((int)s.RightCount[s0], 7) : 15;
        long s1vl = s1 >= 0 ? Math.Min((int)s.LeftCount[s1], 7) : 15;
        long s1vr = s1 >= 0 ? Math.Min((int)s.RightCount[s1], 7) : 15;
        long b0vl = b0 >= 0 ? Math.Min((int)s.LeftCount[b0], 7) : 15;
        var s0ls = s0 >= 0 ? s.LeftLabels[s0] : 0UL;
        var s0rs = s0 >= 0 ? s.RightLabels[s0] : 0UL;
        var s1rs = s1 >= 0 ? s.RightLabels[s1] : 0UL;
        var b0ls = b0 >= 0 ? s.LeftLabels[b0] : 0UL;

        var n = 0;
        f[n++] = Seeds[0];

        // Unigrams.
        f[n++] = H(1, s0w);
        f[n++] = H(2, s0p);
        f[n++] = H(3, s0p, s0w);
        f[n++] = H(5, s1p);
        f[n++] = H(6, s1p, s1w);
        f[n++] = H(10, b0p);
        f[n++] = H(12, b1w);
        f[n++] = H(13, b1p);
        f[n++] = H(14, b1p, b1w);
        f[n++] = H(16, b2p);

        // Pairs: s0 with b0.
        f[n++] = H(24, Pack(s0p, b0p), s0w);
        f[n++] = H(27, Pack(b0p, b1p));

        // Pairs: s1 with s0 (the arc a right move makes) and with b0.
        f[n++] = H(36, Pack(s1p, b0p), b0w);

        // Tag trigrams.
        f[n++] = H(40, Pack(b0p, b1p, b2p));
        f[n++] = H(41, Pack(s0p, b0p, b1p));
        f[n++] = H(43, Pack(s2p, s1p, s0p));
        f[n++] = H(44, Pack(s0p, s0l1p, b0p));
        f[n++] = H(45, Pack(s0p, s0r1p, b0p));
        f[n++] = H(46, Pack(s0p, b0p, b0l1p));
        f[n++] = H(47, Pack(s1p, s0p, s0l1p));
        f[n++] = H(48, Pack(s1p, s1r1p, s0p));
        f[n++] = H(49, Pack(s1p, s0p, s0r1p));
        f[n++] = H(50, Pack(s1p, s1l1p, s0p));
        f[n++] = H(51, Pack(s1p, s0p, b1p));

        // Distances.
        f[n++] = H(60, Pack(d0), s0w);
        f[n++] = H(61, Pack(d0, s0p));
        f[n++] = H(63, Pack(d0, b0p));
        f[n++] = H(65, Pack(d0, s0p, b0p));
        f[n++] = H(67, Pack(d1, s1p));
        f[n++] = H(69, Pack(d1, s0p));
        f[n++] = H(70, Pack(d1, s1p, s0p));

        // Valencies.
        f[n++] = H(80, Pack(s0vl), s0w);
        f[n++] = H(81, Pack(s0vl, s0p));
        f[n++] = H(82, Pack(s0vr), s0w);
        f[n++] = H(83, Pack(s0vr, s0p));
        f[n++] = H(84, Pack(b0vl), b0w);
        f[n++] = H(85, Pack(b0vl, b0p));
        f[n++] = H(87, Pack(s1vr, s1p));
        f[n++] = H(88, Pack(s1vl, s1p));

        // Children: words, tags, labels.
        f[n++] = H(90, W(words, s0l1));
        f[n++] = H(91, Pack(s0l1p));
        f[n++] = H(92, Pack(s0l1l));
        f[n++] = H(93, W(words, s0r1));
        f[n++] = H(94, Pack(s0r1p));
        f[n++] = H(95, Pack(s0r1l));
        f[n++] = H(96, W(words, b0l1));
        f[n++] = H(97, Pack(b0l1p));
        f[n++] = H(98, Pack(b0l1l));
        f[n++] = H(99, W(words, s1r1));
        f[n++] = H(100, Pack(s1r1p));
        f[n++] = H(101, Pack(s1r1l));
        f[n++] = H(104, Pack(s0l2p));
        f[n++] = H(105, Pack(s0l2l));
        f[n++] = H(108, Pack(b0l2p));
        f[n++] = H(109, Pack(b0l2l));
        f[n++] = H(110, Pack(s1r2p, s1r2l));
        f[n++] = H(111, Pack(s0p, s0l1l));
        f[n++] = H(112, Pack(s0p, s0r1l));
        f[n++] = H(113, Pack(b0p, b0l1l));
        f[n++] = H(114, Pack(s1p, s1r1l));
        f[n++] = H(116, Pack(s0r1l), s0w);

        // Third order: the two outermost children's labels.
        f[n++] = H(121, Pack(s0p, s0r1l, s0r2l));
        f[n++] = H(122, Pack(b0p, b0l1l, b0l2l));
        f[n++] = H(123, Pack(s1p, s1r1l, s1r2l));
        f[n++] = H(124, Pack(s0l1l, s0l2l), s0w);

        // Label sets.
        f[n++] = H(130, s0ls, s0w);
        f[n++] = H(131, Pack(s0p), s0ls);
        f[n++] = H(132, s0rs, s0w);
        f[n++] = H(133, Pack(s0p), s0rs);
        f[n++] = H(135, Pack(b0p), b0ls);
        f[n++] = H(137, Pack(s1p), s1rs);

        // Function-word children (UD v1 attaches prepositions, markers and conjunctions to the content word): the
        // leftmost child of b0 / s0 (a case marker, say) with the candidate heads, for PP and clause attachment.
        var b0l1w = W(words, b0l1);
        var s0l1w = W(words, s0l1);
        var s0r1w = W(words, s0r1);
        f[n++] = H(140, Pack(b0p), b0l1w, b0w);
        f[n++] = H(141, Pack(s0p, b0p), s0w, b0l1w);
        f[n++] = H(143, Pack(s0p, b0p, b0l1p), b0l1w);
        f[n++] = H(145, Pack(s1p, s0p, b0p), b0l1w);
        f[n++] = H(146, Pack(s1p, s0p), s1w, s0l1w);
        f[n++] = H(147, Pack(s1p, s0p, s0l1p), s0l1w);
        f[n++] = H(148, Pack(s0p), s0l1w, s0w);
        f[n++] = H(152, Pack(s0p, s0r1p, b0p), s0r1w);
        f[n++] = H(153, Pack(s0p, b0p, b1p), s0w);
        f[n++] = H(154, Pack(s0p, b0p, b1p), b0w);
        f[n++] = H(155, Pack(b0p, b1p), b0w, b1w);
        f[n++] = H(156, Pack(s0p, b1p), s0w, b1w);
        f[n++] = H(157, Pack(s1p, b0p, s1 >= 0 && b0 >= 0 ? Distance(b0 - s1, b0 == s.Length) : 0));
        f[n++] = H(158, Pack(s2p, s1p, b0p));
        f[n++] = H(159, Pack(s1p, s0p, b0p, b1p));

        // Coordination and lexicalised attachment triples.
        f[n++] = H(162, Pack(s1p, s0p, s1r1l), s1w);
        f[n++] = H(166, Pack(s0p, b0p), b0ls);
        f[n++] = H(167, Pack(s1p, s0p), s0ls);

        // Punctuation between the candidates (appositions, coordination, quoted speech).
        long between10 = s.Between(s1, s0), between0b = s.Between(s0, b0), between1b = s.Between(s1, b0);
        f[n++] = H(170, Pack(s1p, s0p, between10));
        f[n++] = H(171, Pack(s0p, b0p, between0b));
        f[n++] = H(172, Pack(s1p, b0p, between1b));
        f[n++] = H(173, Pack(between10, between0b, s0p));

        // Suffix and shape (rare words), and verbs between the candidates (clause boundaries).
        var shapes = s.Shapes;
        f[n++] = H(180, Pack(s0p), W(shapes, s0));
        f[n++] = H(181, Pack(b0p), W(shapes, b0));
        f[n++] = H(182, Pack(s1p), W(shapes, s1));
        f[n++] = H(183, Pack(s0p, b0p), W(shapes, s0), W(shapes, b0));
        f[n++] = H(184, Pack(s0p, b0p, s.VerbsBetween(s0, b0)));
        f[n++] = H(185, Pack(s1p, s0p, s.VerbsBetween(s1, s0)));
        return n;
    }

    /// <summary>Writes the features for labelling the arc head → dependent; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: optimised from the first call (see README, Speed)
    public static int Label(ParseState s, int head, int dependent, Span<ulong> f)
    {
        var words = s.Words;
        var tags = s.Tags;
        long dir = head > dependent ? 1 : 2;
        var hw = W(words, head);
        var dw = W(words, dependent);
        long hp = P(tags, head);
        long dp = P(tags, dependent);
        long dist = Distance(Math.Abs(head - dependent), head == s.Length);
        var dl1 = Child(s.Left1, dependent);
        var dl2 = Child(s.Left2, dependent);
        var dr1 = Child(s.Right1, dependent);
        var hl1 = Child(s.Left1, head);
        var hl2 = Child(s.Left2, head);
        var hr1 = Child(s.Right1, head);
        long dl1l = L(s.Labels, dl1), dl2l = L(s.Labels, dl2), dr1l = L(s.Labels, dr1);
        long hl1l = L(s.Labels, hl1), hl2l = L(s.Labels, hl2), hr1l = L(s.Labels, hr1);
        long dl1p = P(tags, dl1), dr1p = P(tags, dr1);
        var dls = s.LeftLabels[dependent];
        var drs = s.RightLabels[dependent];
        var hls = s.LeftLabels[head];
        var hrs = s.RightLabels[head];
        long dvl = Math.Min((int)s.LeftCount[dependent], 7);
        long dvr = Math.Min((int)s.RightCount[dependent], 7);
        long before = dependent > 0 ? tags[dependent - 1] : ParseState.NoTag;
        long after = dependent + 1 <= s.Length ? tags[dependent + 1] : ParseState.NoTag;
        long hAfter = head + 1 <= s.Length ? tags[head + 1] : ParseState.NoTag;
        long hBefore = head > 0 ? tags[head - 1] : ParseState.NoTag;
        // The stack item that will be s0 once the dependent is popped (for a right arc, the one below the head).
        long sp = P(tags, dir == 1 ? s.StackAt(1) : s.StackAt(2));

        var n = 0;
        f[n++] = H(200, Pack(dir));
        f[n++] = H(201, Pack(dir, dp));
        f[n++] = H(202, Pack(dir, hp));
        f[n++] = H(203, Pack(dir, hp, dp));
        f[n++] = H(204, Pack(dir), dw);
        f[n++] = H(205, Pack(dir), hw);
        f[n++] = H(206, Pack(dir, dp), hw);
        f[n++] = H(207, Pack(dir, hp), dw);
        f[n++] = H(208, Pack(dir), hw, dw);
        f[n++] = H(209, Pack(dir, hp, dp, dist));
        f[n++] = H(210, Pack(dir, dp, dist));
        f[n++] = H(211, Pack(dir, dp, dl1l));
        f[n++] = H(212, Pack(dir, dp, dr1l));
        f[n++] = H(213, Pack(dir, dp), dls);
        f[n++] = H(214, Pack(dir, dp), drs);
        f[n++] = H(215, Pack(dir, dp, dl1l, dl2l));
        f[n++] = H(216, Pack(dir, dl1p, dp), W(words, dl1));
        f[n++] = H(217, Pack(dir, dr1p, dp), W(words, dr1));
        f[n++] = H(218, Pack(dir, hp, hl1l));
        f[n++] = H(219, Pack(dir, hp, hl1l, hl2l));
        f[n++] = H(220, Pack(dir, hp, hr1l));
        f[n++] = H(221, Pack(dir, hp, dp), hls);
        f[n++] = H(222, Pack(dir, hp, dp), hrs);
        f[n++] = H(223, Pack(dir, dp, dvl, dvr));
        f[n++] = H(224, Pack(dir, before, dp, after));
        f[n++] = H(225, Pack(dir, hp, hAfter, dp));
        f[n++] = H(226, Pack(dir, hBefore, hp, dp));
        f[n++] = H(227, Pack(dir, sp, hp, dp));
        f[n++] = H(228, Pack(dir, hp, dp), dls);
        f[n++] = H(229, Pack(dir, hp), dw, hls);
        f[n++] = H(230, Pack(dir, dp, hl1l), hw);
        f[n++] = H(231, Pack(dir, dp), hw, dls);
        f[n++] = H(232, Pack(dir, hp, dp, s.Between(Math.Min(head, dependent), Math.Max(head, dependent))));
        f[n++] = H(233, Pack(dir, dp), s.Shapes[dependent]);
        f[n++] = H(234, Pack(dir, hp, dp), s.Shapes[dependent]);
        f[n++] = H(235, Pack(dir, hp, dp), s.Shapes[head]);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ulong[] words, int i) => i >= 0 ? words[i] : ParseState.NoWord;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte P(byte[] tags, int i) => i >= 0 ? tags[i] : ParseState.NoTag;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte L(byte[] labels, int i) => i >= 0 ? labels[i] : ParseState.NoLabel;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int[] children, int i) => i >= 0 ? children[i] : ParseState.None;

    private static long Distance(int d, bool toRoot) => toRoot ? 31 : d switch
    {
        <= 5 => d,
        <= 7 => 6,
        <= 10 => 7,
        <= 15 => 8,
        _ => 9,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(long a, long b = 0, long c = 0, long d = 0) => (a + 1) | (b << 8) | (c << 16) | (d << 24);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, long a) => FeatureHash.With(Seeds[template], a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, ulong a) => FeatureHash.With(Seeds[template], (long)a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, long a, ulong b) => FeatureHash.With(FeatureHash.With(Seeds[template], a), (long)b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, ulong a, ulong b) => FeatureHash.With(FeatureHash.With(Seeds[template], (long)a), (long)b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, long a, ulong b, ulong c, ulong d) =>
        FeatureHash.With(FeatureHash.With(FeatureHash.With(FeatureHash.With(Seeds[template], a), (long)b), (long)c), (long)d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(int template, long a, ulong b, ulong c) =>
        FeatureHash.With(FeatureHash.With(FeatureHash.With(Seeds[template], a), (long)b), (long)c);

    private static ulong[] BuildSeeds(int count)
    {
        var seeds = new ulong[count];
        for (var t = 0; t < count; t++)
        {
            seeds[t] = FeatureHash.Of(0x7000 + t, t);
        }

        return seeds;
    }
}
