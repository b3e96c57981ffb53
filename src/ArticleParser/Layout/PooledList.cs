using System.Buffers;

namespace ArticleParser.Layout;

/// <summary>
/// A list of values whose array is rented from the shared pool and given back by <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// The layout stage cuts every page into one entry per line: on a 1 MB page that is a large-object-heap array
/// (about 145 KB), allocated and dropped once per parse. Renting it, as <c>TokenList</c> rents the tokens,
/// keeps that garbage and the full collections it brings out of the hot path.
/// </remarks>
internal sealed class PooledList<T> : IDisposable
    where T : struct
{
    private T[] _items;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 4));
    }

    public int Count { get; private set; }

    public ref T this[int index]
    {
        get
        {
            // The rented array may be longer than the list: read past Count as List<T> would, never as stale data.
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _items[index];
        }
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            Array.Copy(_items, larger, Count);
            ArrayPool<T>.Shared.Return(_items);
            _items = larger;
        }

        _items[Count++] = item;
    }

    /// <summary>Gives the array back to the pool; the list is empty afterwards.</summary>
    public void Dispose()
    {
        var items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }
}
