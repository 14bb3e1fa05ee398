package org.greenhub.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model whose paging and sorting happen in the database: the page only ever holds one page of rows.
 * Subclasses say how to count and how to load a page; filters come from the page's own search fields.
 */
public abstract class DatabasePage<T> extends LazyDataModel<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One page, sorted by {@code sortField} (null: the natural order). */
    protected abstract List<T> page(int first, int size, String sortField, boolean ascending);

    protected abstract long total();

    protected abstract Object keyOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return page(first, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream()
                .filter(row -> String.valueOf(keyOf(row)).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
