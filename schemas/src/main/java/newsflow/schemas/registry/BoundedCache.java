package newsflow.schemas.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe least-recently-used cache holding at most {@code capacity} entries.
 *
 * <p>Loads happen outside the lock, so two threads may load the same key at once; both get an equal
 * value and one is kept. Registry answers are immutable, so this only costs a duplicate request.
 */
final class BoundedCache<K, V> {
    private final Map<K, V> map;

    BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be >= 1, was " + capacity);
        }
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(K key, Function<K, V> loader) {
        synchronized (map) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
        }
        V loaded = loader.apply(key);
        synchronized (map) {
            map.putIfAbsent(key, loaded);
            return map.get(key);
        }
    }

    void put(K key, V value) {
        synchronized (map) {
            map.put(key, value);
        }
    }

    void remove(K key) {
        synchronized (map) {
            map.remove(key);
        }
    }

    int size() {
        synchronized (map) {
            return map.size();
        }
    }
}
