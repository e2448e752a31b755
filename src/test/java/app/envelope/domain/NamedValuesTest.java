package app.envelope.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedValuesTest {
    private static final NamedValues.Names COLUMNS = new NamedValues.Names("organization", "workflow_path", "discount_amount");

    @Test
    void keepsTheNonEmptyCellsInColumnOrder() {
        NamedValues m = NamedValues.of(COLUMNS, new String[] {"acme", null, "0.50"});
        assertEquals(2, m.size());
        assertEquals(List.of("organization", "discount_amount"), new ArrayList<>(m.keySet()));
        assertEquals(List.of("acme", "0.50"), new ArrayList<>(m.values()));
        assertEquals("acme", m.get("organization"));
        assertEquals("0.50", m.get(new String("discount_amount")), "found by equals, not only by the same instance");
        assertNull(m.get("workflow_path"));
        assertNull(m.get(null));
        assertTrue(m.containsKey("organization"));
        assertFalse(m.containsKey("workflow_path"));
        assertEquals("organization", m.name(0));
        assertEquals("0.50", m.value(1));
    }

    @Test
    void noCellsGiveTheEmptyMap() {
        assertSame(NamedValues.EMPTY, NamedValues.of(COLUMNS, new String[3]));
        assertTrue(NamedValues.EMPTY.isEmpty());
        assertEquals(Map.of(), NamedValues.EMPTY);
    }

    @Test
    void equalsAndHashAsAnyMapWithTheSameEntries() {
        NamedValues m = NamedValues.of(COLUMNS, new String[] {"acme", ".github/workflows/ci.yml", null});
        Map<String, String> same = new HashMap<>();
        same.put("workflow_path", ".github/workflows/ci.yml");
        same.put("organization", "acme");
        assertEquals(same, m);
        assertEquals(m, same);
        assertEquals(same.hashCode(), m.hashCode());
        assertEquals(Map.copyOf(same), m);
        assertFalse(m.equals(Map.of("organization", "acme")));
        assertEquals("{organization=acme, workflow_path=.github/workflows/ci.yml}", m.toString());
    }

    @Test
    void aRepeatedColumnNameKeepsItsLastNonEmptyCell() {
        NamedValues.Names names = new NamedValues.Names("Id", "Region", "Id");
        assertEquals(Map.of("Id", "2", "Region", "eu"), NamedValues.of(names, new String[] {"1", "eu", "2"}));
        assertEquals(Map.of("Id", "1", "Region", "eu"), NamedValues.of(names, new String[] {"1", "eu", null}));
    }

    @Test
    void cannotBeChanged() {
        NamedValues m = NamedValues.of(COLUMNS, new String[] {"acme", null, null});
        assertThrows(UnsupportedOperationException.class, () -> m.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("organization"));
        assertThrows(UnsupportedOperationException.class, m::clear);
        Iterator<Map.Entry<String, String>> it = m.entrySet().iterator();
        Map.Entry<String, String> e = it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        assertThrows(UnsupportedOperationException.class, () -> e.setValue("other"));
        assertThrows(java.util.NoSuchElementException.class, it::next);
        String[] cells = {"acme", null, null};
        NamedValues made = NamedValues.of(COLUMNS, cells);
        cells[0] = "changed";
        assertEquals("acme", made.get("organization"), "the row's array is not kept");
    }

    @Test
    void aCopyKeepsTheGivenMapsOrderAndRefusesNulls() {
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("b", "2");
        ordered.put("a", "1");
        NamedValues copy = NamedValues.copyOf(ordered);
        assertEquals(List.of("b", "a"), new ArrayList<>(copy.keySet()));
        assertSame(copy, NamedValues.copyOf(copy));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThrows(NullPointerException.class, () -> NamedValues.copyOf(withNull));
        assertThrows(IllegalArgumentException.class, () -> NamedValues.of(COLUMNS, new String[2]));
    }

    @Test
    void workTagsKeepsItWithoutCopying() {
        NamedValues m = NamedValues.of(COLUMNS, new String[] {"acme", null, null});
        assertSame(m, new WorkTags(null, null, null, null, null, null, null, m).extra());
        assertEquals(NamedValues.EMPTY, new WorkTags(null, null, null, null, null, null, null, null).extra());
    }
}
