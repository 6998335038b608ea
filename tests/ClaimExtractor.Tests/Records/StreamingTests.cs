using ClaimExtraction.Tests.Support;

namespace ClaimExtraction.Tests.Records;

/// <summary>The streaming batch forms: same results as the whole batch, in order, read lazily, on any number of cores.</summary>
public class StreamingTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static List<string> Articles(int count = 60)
    {
        string[] speakers = ["The mayor", "Senator Maria Lopez", "Critics", "A spokesman for the company", "Officials"];
        var texts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            texts.Add(i % 13 == 4
                ? ""
                : $"Talks, day {i}\n{speakers[i % 5]} said that the plan could cost {i + 3} million dollars. "
                  + $"“We will not accept it,” {speakers[(i + 2) % 5]} told reporters, adding that talks might go on.");
        }

        return texts;
    }

    [Fact]
    public void ExtractStream_gives_each_article_the_claims_ExtractMany_gives_in_input_order()
    {
        var texts = Articles();
        var whole = Extractor.ExtractMany(texts);
        var streamed = Extractor.ExtractStream(texts).ToList();
        streamed.Should().HaveCount(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            streamed[i].Claims.Select(c => (c.Text, c.Cue?.Text, c.Confidence)).Should().Equal(whole[i].Claims.Select(c => (c.Text, c.Cue?.Text, c.Confidence)), $"article {i}");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Several_cores_give_the_results_of_one(int cores)
    {
        var texts = Articles(70);
        var one = Extractor.ExtractStream(texts).Select(r => r.ToJson()).ToList();
        var several = Extractor.ExtractStream(texts, new BatchOptions { MaxDegreeOfParallelism = cores }).Select(r => r.ToJson()).ToList();
        several.Should().Equal(one);
    }

    [Fact]
    public async Task ExtractManyAsync_gives_what_ExtractStream_gives()
    {
        var texts = Articles(40);
        var expected = Extractor.ExtractStream(texts).Select(r => r.ToJson()).ToList();
        var actual = new List<string>();
        await foreach (var result in Extractor.ExtractManyAsync(Async(texts), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            actual.Add(result.ToJson());
        }

        actual.Should().Equal(expected);
    }

    [Theory]
    [InlineData(1, 150)] // one chunk of 128 articles, with the blank ones among them
    [InlineData(2, 100)] // five chunks of 16 (with the blank ones among them): four started ahead, two of them running, and the next started as the first is handed out
    public void The_input_is_read_a_window_at_a_time(int cores, int window)
    {
        var read = 0;
        var first = Extractor.ExtractStream(Counted(Articles(400)), new BatchOptions { MaxDegreeOfParallelism = cores }).First();
        first.Claims.Should().NotBeEmpty();
        read.Should().BeLessThanOrEqualTo(window);

        IEnumerable<string> Counted(IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                read++;
                yield return text;
            }
        }
    }

    [Fact]
    public async Task Progress_counts_articles_and_characters()
    {
        var texts = Articles(30);
        var reports = new List<BatchProgress>();
        var progress = new SynchronousProgress(reports.Add);
        Extractor.ExtractStream(texts, new BatchOptions { Progress = progress }).Count().Should().Be(30);
        reports.Should().HaveCount(30);
        reports[^1].Should().Be(new BatchProgress(30, texts.Sum(t => (long)t.Length)));

        reports.Clear();
        await foreach (var _ in Extractor.ExtractManyAsync(Async(texts), new BatchOptions { Progress = progress }))
        {
        }

        reports.Select(r => r.ArticlesDone).Should().Equal(Enumerable.Range(1, 30));
    }

    [Fact]
    public async Task Cancellation_and_null_items_are_reported()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var stream = () => Extractor.ExtractStream(Articles(5), cancellationToken: cts.Token).ToList();
        stream.Should().Throw<OperationCanceledException>();
        var asynchronous = async () =>
        {
            await foreach (var _ in Extractor.ExtractManyAsync(Async(Articles(5)), cancellationToken: cts.Token))
            {
            }
        };
        await asynchronous.Should().ThrowAsync<OperationCanceledException>();

        var nullItem = () => Extractor.ExtractStream(["Trump said so.", null!]).ToList();
        nullItem.Should().Throw<ArgumentNullException>().WithMessage("*Item 1*");
        var nullInput = () => Extractor.ExtractStream(null!);
        nullInput.Should().Throw<ArgumentNullException>();
        var zeroCores = () => new BatchOptions { MaxDegreeOfParallelism = 0 };
        zeroCores.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_stream_groups_speakers_with_what_it_has_seen_so_far()
    {
        string[] texts =
        [
            "Talks\nTrump said that the plan would fail.",
            "More talks\nDonald Trump said that the plan was good. He said it would pass.",
        ];
        Extractor.Extract(texts[0]).Speakers.Should().Contain(s => s.Name == "Trump");
        Extractor.ExtractMany(texts)[0].Speakers.Should().Contain(s => s.Name == "Donald Trump");
        var streamed = Extractor.ExtractStream(texts).ToList();
        streamed[0].Speakers.Should().Contain(s => s.Name == "Trump");
        Extractor.ExtractStream(texts.Reverse()).Last().Speakers.Should().Contain(s => s.Name == "Donald Trump")
            .Which.Aliases.Should().Contain("Trump");
    }

    [Fact]
    public void A_batch_of_one_is_what_Extract_gives()
    {
        foreach (var text in Articles(12))
        {
            Extractor.ExtractMany([text]).Single().ToJson().Should().Be(Extractor.Extract(text).ToJson());
        }
    }

    [SharedDataFact]
    public void A_batch_of_one_dev_article_is_what_Extract_gives()
    {
        foreach (var path in Directory.GetFiles(SharedData.Path("polnear", "dev", "text"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            Extractor.ExtractMany([text]).Single().ToJson().Should().Be(Extractor.Extract(text).ToJson(), Path.GetFileName(path));
        }
    }

    private static async IAsyncEnumerable<string> Async(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            await Task.Yield();
            yield return text;
        }
    }

    /// <summary>Reports on the calling thread, unlike Progress&lt;T&gt;, so the test sees every report before it checks.</summary>
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
