namespace CoursePlatform.Web.Problems;

/// <summary>The browser's copy of a draft (kept by <c>editor.js</c> in localStorage); <see cref="Saved"/> once the server confirmed it.</summary>
public sealed record LocalDraft(string? Dockerfile, string? Dockerignore, bool Saved);
