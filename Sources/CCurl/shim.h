#ifndef ONESCREEN_CCURL_SHIM_H
#define ONESCREEN_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: the http source's whole set-up is
   here, in one call, with each option's type fixed. libcurl is opened when the first http source runs, not linked
   (Libcurl.swift), so both come as the addresses it resolved. */
typedef CURLcode (*onescreen_curl_setopt_function)(CURL *curl, CURLoption option, ...);
typedef CURLcode (*onescreen_curl_getinfo_function)(CURL *curl, CURLINFO info, ...);
typedef size_t (*onescreen_curl_write)(char *data, size_t size, size_t count, void *context);
typedef int (*onescreen_curl_progress)(void *context, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode onescreen_curl_prepare(void *setopt_address, CURL *curl, const char *url, struct curl_slist *headers, long timeout_ms,
                                              onescreen_curl_write write, onescreen_curl_progress progress,
                                              void *context, char *error_buffer) {
    onescreen_curl_setopt_function setopt = (onescreen_curl_setopt_function)setopt_address;
    CURLcode c = CURLE_OK;
    if ((c = setopt(curl, CURLOPT_URL, url))) return c;
    if ((c = setopt(curl, CURLOPT_ERRORBUFFER, error_buffer))) return c;
    if ((c = setopt(curl, CURLOPT_HTTPHEADER, headers))) return c;
    /* Name lookup and connect within the source's timeout; the whole request's deadline is the progress callback's,
       which leaves out the time the body waits for the store (CURLOPT_TIMEOUT would count it). */
    if ((c = setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms))) return c;
    if ((c = setopt(curl, CURLOPT_WRITEFUNCTION, write))) return c;
    if ((c = setopt(curl, CURLOPT_WRITEDATA, context))) return c;
    if ((c = setopt(curl, CURLOPT_XFERINFOFUNCTION, progress))) return c;
    if ((c = setopt(curl, CURLOPT_XFERINFODATA, context))) return c;
    if ((c = setopt(curl, CURLOPT_NOPROGRESS, 0L))) return c;
    if ((c = setopt(curl, CURLOPT_NOSIGNAL, 1L))) return c;
    if ((c = setopt(curl, CURLOPT_FOLLOWLOCATION, 1L))) return c;
    if ((c = setopt(curl, CURLOPT_MAXREDIRS, 5L))) return c;
    if ((c = setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https"))) return c;
    if ((c = setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))) return c;
    /* Compressed answers are welcome; the size limit counts what they unpack to. */
    if ((c = setopt(curl, CURLOPT_ACCEPT_ENCODING, ""))) return c;
    return CURLE_OK;
}

static inline long onescreen_curl_status(void *getinfo_address, CURL *curl) {
    long status = 0;
    ((onescreen_curl_getinfo_function)getinfo_address)(curl, CURLINFO_RESPONSE_CODE, &status);
    return status;
}
#endif
