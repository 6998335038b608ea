using System.Diagnostics;
using ClaimExtraction.Models;
using ClaimExtraction.Tagging;

namespace ClaimExtraction.Tests.Tagging;

public class ModelFileTests
{
    [Fact]
    public void Shipped_models_load_and_rewrite_to_the_same_bytes()
    {
        Resource(ModelStore.PartOfSpeechFile).Should().Equal(ModelStore.PartOfSpeech.ToBytes());
        Resource(ModelStore.LemmatizerFile).Should().Equal(ModelStore.Lemmatizer.ToBytes());
        Resource(ModelStore.EntityFile).Should().Equal(ModelStore.Entities.ToBytes());
    }

    [Fact]
    public void Model_store_loads_each_model_once()
    {
        ModelStore.PartOfSpeech.Should().BeSameAs(ModelStore.PartOfSpeech);
        ModelStore.Lemmatizer.Should().BeSameAs(ModelStore.Lemmatizer);
        ModelStore.Entities.Should().BeSameAs(ModelStore.Entities);
    }

    [Fact]
    public void Concurrent_first_use_gives_one_instance()
    {
        var seen = new PartOfSpeechTagger[8];
        Parallel.For(0, seen.Length, i => seen[i] = ModelStore.PartOfSpeech);
        seen.Should().OnlyContain(t => ReferenceEquals(t, seen[0]));
    }

    [Fact]
    public void Models_are_small_and_load_quickly()
    {
        var total = 0L;
        foreach (var file in new[] { ModelStore.PartOfSpeechFile, ModelStore.LemmatizerFile, ModelStore.EntityFile })
        {
            ModelStore.HasResource(file).Should().BeTrue(file);
            total += Resource(file).Length;
        }

        total.Should().BeLessThan(8L << 20);

        // Reading fresh copies (not the cached ones); generous bound for a busy CI machine.
        var clock = Stopwatch.StartNew();
        PartOfSpeechTagger.FromBytes(Resource(ModelStore.PartOfSpeechFile));
        Lemmatizer.FromBytes(Resource(ModelStore.LemmatizerFile));
        EntityRecognizer.FromBytes(Resource(ModelStore.EntityFile));
        clock.ElapsedMilliseconds.Should().BeLessThan(3000);
    }

    [Fact]
    public void A_model_of_another_kind_is_refused()
    {
        var bytes = Resource(ModelStore.LemmatizerFile);
        var act = () => PartOfSpeechTagger.FromBytes(bytes);
        act.Should().Throw<InvalidDataException>().WithMessage("*'pos'*");
    }

    [Fact]
    public void Garbage_is_refused()
    {
        var act = () => Lemmatizer.FromBytes([1, 2, 3, 4, 5, 6, 7, 8]);
        act.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Container_round_trip_keeps_the_body()
    {
        var bytes = ModelFile.ToBytes("test", 3, w => w.Write("hello"));
        ModelFile.Read(bytes, "test", 3, r => r.ReadString()).Should().Be("hello");
        var wrongVersion = () => ModelFile.Read(bytes, "test", 4, r => r.ReadString());
        wrongVersion.Should().Throw<InvalidDataException>();
    }

    private static byte[] Resource(string file)
    {
        using var stream = ModelStore.OpenResource(file);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
