using ClaimExtraction.Pipeline;
using ClaimExtraction.Speakers;
using FluentAssertions;
using Xunit;

namespace ClaimExtraction.Tests.Speakers;

/// <summary>
/// Speaker resolution stays linear in the article: each question the name index answers (a pronoun's antecedent, the
/// full name a bare surname stands for) looks at a bounded stretch of mentions, however many the article holds.
/// </summary>
public class SpeakerScalingTests
{
    // Two people sharing a surname (one met in passing), bare surnames and pronouns of both genders.
    private const string Paragraph =
        "Senator Maria Lopez said on Monday that the budget would pass. “We have the votes,” she said. "
        + "A photo of Ana Lopez ran beside the story. Lopez added that taxes would not rise.\n\n"
        + "Mayor John Carter disagreed. He said the plan was reckless. Carter told reporters that he would fight it.\n\n";

    /// <summary>Mentions the index looked at per question over <paramref name="copies"/> copies of the paragraph, joined.</summary>
    private static double MentionsVisitedPerQuestion(int copies)
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph, copies));
        var doc = DocumentPipeline.Default.Analyze(text, CancellationToken.None);
        var names = NameIndex.Build(doc);
        var questions = 0;
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            var word = doc.TokenString(t);
            if (word is "he" or "she" or "He")
            {
                names.Antecedent(doc, t, word, lastSpeaker: null);
                questions++;
            }
            else if (word is "Lopez" or "Carter")
            {
                names.Canonical(word, doc.Tokens[t].Start);
                questions++;
            }
        }

        questions.Should().BeGreaterThan(copies * 6, "every copy asks about its pronouns and surnames");
        return names.MentionsVisited / (double)questions;
    }

    [Fact]
    public void The_name_index_looks_at_a_bounded_number_of_mentions_per_question()
    {
        var small = MentionsVisitedPerQuestion(10);
        var large = MentionsVisitedPerQuestion(80);

        small.Should().BePositive("the pronouns walk back over the mentions before them");
        large.Should().BeLessThan(small * 1.25, "eight times the article must not mean more mentions looked at per question (a walk over every mention grows with the article)");
    }
}
