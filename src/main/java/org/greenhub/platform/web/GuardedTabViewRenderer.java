package org.greenhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Map;
import org.primefaces.component.tabview.TabView;
import org.primefaces.component.tabview.TabViewRenderer;
import org.primefaces.util.ComponentUtils;
import org.primefaces.util.Constants;

/**
 * A tab view's own requests name their tab: the active index is a number of one of its tabs, a tab event and a lazy
 * tab's content request name the tab ({@code _currentTab}, {@code _tabindex}). Anything else was not sent by the page:
 * 400, instead of a tab view looking up a tab that is not there.
 */
public class GuardedTabViewRenderer extends TabViewRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        TabView tabView = (TabView) component;
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String clientId = tabView.getClientId(context);
        String activeIndex = params.get(clientId + "_activeIndex");
        if (activeIndex != null && !activeIndex.isBlank() && index(activeIndex, tabCount(tabView)) < 0) {
            throw new MalformedRequest(
                    "tab view " + clientId + " with active index " + activeIndex.length() + " characters long");
        }
        String event = params.get(Constants.RequestParams.PARTIAL_BEHAVIOR_EVENT_PARAM);
        if (event != null
                && ComponentUtils.isRequestSource(tabView, context)
                && tabView.getClientBehaviors().containsKey(event)) {
            requireTab(context, tabView, params, true);
        }
        super.decode(context, component);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        TabView tabView = (TabView) component;
        if (tabView.isContentLoadRequest(context)) {
            requireTab(context, tabView, context.getExternalContext().getRequestParameterMap(), false);
        }
        super.encodeEnd(context, component);
    }

    private static void requireTab(
            FacesContext context, TabView tabView, Map<String, String> params, boolean needsIndex) {
        String clientId = tabView.getClientId(context);
        String tabIndex = params.get(clientId + "_tabindex");
        boolean named;
        if (tabView.isRepeating()) {
            named = index(tabIndex, tabCount(tabView)) >= 0;
        } else {
            String tab = params.get(clientId + "_currentTab");
            named = tab != null
                    && tabView.findTab(tab) != null
                    && (!needsIndex || index(tabIndex, tabCount(tabView)) >= 0);
        }
        if (!named) {
            throw new MalformedRequest("tab view " + clientId + " asked for no tab it has");
        }
    }

    private static int tabCount(TabView tabView) {
        return tabView.isRepeating() ? tabView.getRowCount() : tabView.getChildCount();
    }

    /** @return the index when it is a number of one of the tabs, else -1 */
    private static int index(String value, int count) {
        if (value == null
                || value.isEmpty()
                || value.length() > 9
                || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int index = Integer.parseInt(value);
        return count < 0 || index < count ? index : -1;
    }
}
