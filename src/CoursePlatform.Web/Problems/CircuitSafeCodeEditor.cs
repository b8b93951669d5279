using System.Reflection;
using BlazorMonaco.Editor;

namespace CoursePlatform.Web.Problems;

/// <summary>
/// BlazorMonaco's <see cref="StandaloneCodeEditor"/>, safe with many users on one server.
/// </summary>
/// <remarks>
/// BlazorMonaco 3.0.0 (the version the package feed serves) issues its <c>create</c> call through a static
/// <c>IJSRuntime</c> that every editor overwrites when it initializes. On a Blazor Server app two circuits can
/// interleave between one editor setting it and the same editor using it, and an editor would then be created in
/// another user's browser. Later BlazorMonaco versions take the runtime per editor; until then this subclass points
/// the static at its own circuit right before the call is issued, under a lock every editor of the app shares, so
/// nobody can change it in between. The instance methods (getValue, setValue, decorations, markers) already use the
/// editor's own runtime.
/// </remarks>
public sealed class CircuitSafeCodeEditor : StandaloneCodeEditor
{
    private static readonly object SharedRuntimeLock = new();

    private static readonly PropertyInfo SharedRuntime =
        typeof(StandaloneCodeEditor).Assembly.GetType("BlazorMonaco.Helpers.JsRuntimeExt", throwOnError: true)!
            .GetProperty("Shared", BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException("BlazorMonaco changed: JsRuntimeExt.Shared is gone; check whether this workaround is still needed.");

    protected override void OnInitialized()
    {
        lock (SharedRuntimeLock)
        {
            base.OnInitialized();
        }
    }

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return base.OnAfterRenderAsync(firstRender);
        }
        lock (SharedRuntimeLock)
        {
            // The base issues the create call synchronously (before its first await), so it sees this value.
            SharedRuntime.SetValue(null, jsRuntime);
            return base.OnAfterRenderAsync(firstRender);
        }
    }
}
