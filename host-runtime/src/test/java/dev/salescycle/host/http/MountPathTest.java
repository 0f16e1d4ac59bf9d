package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MountPathTest {

    @Test
    void aPrefixMappingIsCutFromTheRawPathBySegments() {
        HttpServletRequest request = request("", "/sales", MappingMatch.PATH,
                "/sales/api/v1/shops/s/customers/a%2Fb%40example.org");
        assertThat(MountPath.inMount(request)).isEqualTo("/api/v1/shops/s/customers/a%2Fb%40example.org");
        assertThat(MountPath.inContext(request)).isEqualTo("/sales/api/v1/shops/s/customers/a%2Fb%40example.org");
    }

    @Test
    void anEncodedLetterInThePrefixStillCutsOneSegment() {
        assertThat(MountPath.inMount(request("/app", "/sales/v1", MappingMatch.PATH, "/app/s%61les/v1/health")))
                .isEqualTo("/health");
    }

    @Test
    void thePrefixIsWhatComesBeforeTheRoutedPath() {
        assertThat(MountPath.prefix(request("", "/sales", MappingMatch.PATH, "/sales/api/v1/x"), "/api/v1/x")).isEqualTo("/sales");
        assertThat(MountPath.prefix(request("", "/sales", MappingMatch.PATH, "/sales"), "/")).isEqualTo("/sales");
        assertThat(MountPath.prefix(request("", "/sales", MappingMatch.PATH, "/sales/"), "/")).isEqualTo("/sales");
        assertThat(MountPath.prefix(request("", "/api", MappingMatch.PATH, "/api/v1/x"), "/api/v1/x")).isEmpty();
    }

    @Test
    void theMountItselfIsTheRoot() {
        assertThat(MountPath.inMount(request("", "/sales", MappingMatch.PATH, "/sales"))).isEqualTo("/");
        assertThat(MountPath.inMount(request("/sales", "", MappingMatch.PATH, "/sales"))).isEqualTo("/");
    }

    @Test
    void otherMappingsRouteOnThePathInsideTheContext() {
        assertThat(MountPath.inMount(request("/sales", "", MappingMatch.PATH, "/sales/health"))).isEqualTo("/health");
        assertThat(MountPath.inMount(request("", "/health", MappingMatch.EXACT, "/health"))).isEqualTo("/health");
        assertThat(MountPath.inMount(request("/shop", "/api/v1/x", MappingMatch.DEFAULT, "/shop/api/v1/x")))
                .isEqualTo("/api/v1/x");
    }

    private static HttpServletRequest request(String contextPath, String servletPath, MappingMatch match, String uri) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletMapping mapping = mock(HttpServletMapping.class);
        when(mapping.getMappingMatch()).thenReturn(match);
        when(request.getHttpServletMapping()).thenReturn(mapping);
        when(request.getContextPath()).thenReturn(contextPath);
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getRequestURI()).thenReturn(uri);
        return request;
    }
}
