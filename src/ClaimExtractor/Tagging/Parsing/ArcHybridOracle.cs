namespace ClaimExtraction.Tagging.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg &amp; Nivre 2013): the number of gold arcs a move makes
/// unreachable. It is exact for projective gold trees; for others, projectivize the gold tree first
/// (<see cref="Projectivize"/>). Gold heads use the parser's numbering: 0..n-1 tokens, n = the root.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>The unlabelled cost of <paramref name="move"/> in <paramref name="state"/> (the move must be legal).</summary>
    public static int Cost(ParseState state, Move move, ReadOnlySpan<int> gold)
    {
        var n = state.Length;
        var b = state.Buffer;
        switch (move)
        {
            case Move.Shift:
            {
                // b0 can no longer take a head below s0 on the stack, nor any dependent on the stack.
                var cost = 0;
                var top = state.StackCount - 1;
                var goldHead = gold[b];
                for (var i = 0; i <= top; i++)
                {
                    var k = state.Stack[i];
                    if (i < top && goldHead == k)
                    {
                        cost++;
                    }

                    if (gold[k] == b)
                    {
                        cost++;
                    }
                }

                return cost;
            }

            case Move.Left:
            {
                var s0 = state.Stack[state.StackCount - 1];
                var s1 = state.StackCount > 1 ? state.Stack[state.StackCount - 2] : ParseState.None;
                var goldHead = gold[s0];
                var cost = goldHead != b && (goldHead > b || (goldHead == s1 && s1 != ParseState.None)) ? 1 : 0;
                return cost + DependentsInBuffer(s0, b, n, gold);
            }

            default:
            {
                var s0 = state.Stack[state.StackCount - 1];
                var cost = gold[s0] >= b ? 1 : 0;
                return cost + DependentsInBuffer(s0, b, n, gold);
            }
        }
    }

    /// <summary>
    /// A static oracle for projective trees: the move and label index that rebuild <paramref name="gold"/>, preferring
    /// arcs as soon as they are complete. Returns false when no move is legal (terminal state).
    /// </summary>
    public static bool Next(ParseState state, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, out Move move, out int label)
    {
        move = Move.Shift;
        label = 0;
        if (state.IsTerminal)
        {
            return false;
        }

        var best = int.MaxValue;
        for (var m = Move.Shift; m <= Move.Right; m++)
        {
            if (!state.IsLegal(m))
            {
                continue;
            }

            // Prefer arcs over shift when equally cheap, so the order is canonical.
            var cost = Cost(state, m, gold) * 4 + (m == Move.Shift ? 1 : 0);
            if (cost < best)
            {
                best = cost;
                move = m;
            }
        }

        if (move != Move.Shift)
        {
            label = goldLabels[state.Stack[state.StackCount - 1]];
        }

        return true;
    }

    /// <summary>Whether the tree (heads in parser numbering, n = root) has no crossing arcs.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        var n = heads.Length;
        for (var d = 0; d < n; d++)
        {
            if (!ArcIsProjective(heads, d))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Makes a tree projective by lifting the shortest non-projective arc to its grandparent until none is left
    /// (Nivre &amp; Nilsson 2005 without label encoding). Returns the number of lifts.
    /// </summary>
    public static int Projectivize(Span<int> heads)
    {
        var n = heads.Length;
        var lifts = 0;
        while (lifts < 4 * n)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < n; d++)
            {
                if (!ArcIsProjective(heads, d))
                {
                    var length = Math.Abs(heads[d] - d);
                    if (length < worstLength)
                    {
                        worstLength = length;
                        worst = d;
                    }
                }
            }

            if (worst < 0)
            {
                break;
            }

            var head = heads[worst];
            if (head >= n)
            {
                break; // the root's arcs cannot be lifted (should not happen: root is at the end)
            }

            heads[worst] = heads[head];
            lifts++;
        }

        return lifts;
    }

    /// <summary>Whether every token strictly between d and its head descends from the head.</summary>
    private static bool ArcIsProjective(ReadOnlySpan<int> heads, int d)
    {
        var n = heads.Length;
        var h = heads[d];
        var lo = Math.Min(h, d);
        var hi = Math.Max(h, d);
        for (var k = lo + 1; k < hi; k++)
        {
            var a = k;
            var steps = 0;
            while (a != h && a < n && a >= 0 && steps++ <= n)
            {
                a = heads[a];
            }

            if (a != h)
            {
                return false;
            }
        }

        return true;
    }

    private static int DependentsInBuffer(int s0, int b, int n, ReadOnlySpan<int> gold)
    {
        var count = 0;
        for (var k = b; k < n; k++)
        {
            if (gold[k] == s0)
            {
                count++;
            }
        }

        return count;
    }
}
