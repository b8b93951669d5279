using BlazorMonaco.Editor;
using CoursePlatform.Web.Problems;
using Microsoft.AspNetCore.Components;

namespace CoursePlatform.Web.Tests.Components;

/// <summary>Editors of different circuits (here: different test contexts on different threads) never create each other's editors.</summary>
public sealed class CircuitSafeCodeEditorTests
{
    private const int Threads = 4;
    private const int EditorsPerThread = 60;

    [Fact]
    public async Task Editors_created_at_the_same_time_in_different_circuits_each_reach_their_own_browser()
    {
        var misrouted = await CreateConcurrentlyAsync<CircuitSafeCodeEditor>();

        Assert.Equal(0, misrouted);
    }

    /// <summary>Renders editors on several threads at once, one context (circuit) per thread; counts create calls that reached another context.</summary>
    internal static async Task<int> CreateConcurrentlyAsync<TEditor>() where TEditor : StandaloneCodeEditor
    {
        var start = new Barrier(Threads);
        var results = await Task.WhenAll(Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            using var circuit = new BunitContext();
            circuit.JSInterop.Mode = JSRuntimeMode.Loose;
            start.SignalAndWait();
            for (var i = 0; i < EditorsPerThread; i++)
            {
                circuit.Render<TEditor>(p => p.Add(e => e.Id, $"editor-{thread}-{i}")
                    .Add(e => e.ConstructionOptions, (Func<StandaloneCodeEditor, StandaloneEditorConstructionOptions>)(_ => new StandaloneEditorConstructionOptions())));
            }
            return circuit.JSInterop.Invocations["blazorMonaco.editor.create"].Count;
        }, TaskCreationOptions.LongRunning)));
        return Threads * EditorsPerThread - results.Sum();
    }
}
