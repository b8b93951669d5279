using System.Collections;
using System.Runtime.CompilerServices;

namespace CoursePlatform.Linting.Syntax;

/// <summary>
/// A read-only view of an array, for the lists every rule walks (instructions, stages, shell commands and
/// words). <c>foreach</c> over it uses a struct enumerator: dozens of rules walk the same lists for each file,
/// and an interface enumerator would cost an allocation and two interface calls per step.
/// </summary>
[CollectionBuilder(typeof(ReadOnlyArray), nameof(ReadOnlyArray.Create))]
public readonly struct ReadOnlyArray<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    internal ReadOnlyArray(T[] items) => _items = items;

    public static ReadOnlyArray<T> Empty => default;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => (_items ?? [])[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The array itself (empty when there is none), for owners that keep it.</summary>
    internal T[] Items => _items ?? [];

    public Enumerator GetEnumerator() => new(_items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}

/// <summary>Creates <see cref="ReadOnlyArray{T}"/> values (also from collection expressions).</summary>
public static class ReadOnlyArray
{
    public static ReadOnlyArray<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? default : new(items.ToArray());

    /// <summary>A copy of the list's items (the list stays the caller's).</summary>
    public static ReadOnlyArray<T> From<T>(List<T> items) => items.Count == 0 ? default : new(items.ToArray());

    /// <summary>
    /// The items of a list the caller hands over: an array (what the parser builds) is wrapped as it is, any other
    /// list copied.
    /// </summary>
    public static ReadOnlyArray<T> Of<T>(IReadOnlyList<T> items) => items switch
    {
        ReadOnlyArray<T> array => array,
        T[] array => array.Length == 0 ? default : new(array),
        _ => items.Count == 0 ? default : new([.. items]),
    };

    /// <summary>An array the caller hands over and no longer changes; an empty one is not kept.</summary>
    internal static ReadOnlyArray<T> OfArray<T>(T[] items) => items.Length == 0 ? default : new(items);

    /// <summary>Wraps an array the caller hands over and no longer changes.</summary>
    internal static ReadOnlyArray<T> Wrap<T>(T[] items) => new(items);
}
