package com.pvsconsole.service.accounts;

import com.pvsconsole.api.EndpointType;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the add-account dialog collects, before it becomes an {@link AccountProfile} and a
 * stored key. {@link #problems} gives one message per bad field, for showing beside it.
 */
public record AccountDraft(String name, Secret key, EndpointType endpointType, String iamUrl, String apiUrlTemplate,
        String httpsProxy) {

    /** The dialog's fields, as keys of {@link #problems}. */
    public enum Field { NAME, KEY, IAM_URL, API_URL_TEMPLATE, HTTPS_PROXY }

    /**
     * @param nameTaken whether another account already has this name (e.g. {@code repository::hasName})
     * @return the problems, in field order; empty when the draft can be saved
     */
    public Map<Field, String> problems(Predicate<String> nameTaken) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        AccountFieldRules.name(name).ifPresent(p -> problems.put(Field.NAME, p));
        if (!problems.containsKey(Field.NAME) && nameTaken.test(name.strip())) {
            problems.put(Field.NAME, "An account named \"" + name.strip() + "\" already exists.");
        }
        if (key == null || key.trimmed().isEmpty()) {
            problems.put(Field.KEY, "Paste the API key (IBM Cloud > Manage > Access (IAM) > API keys).");
        }
        AccountFieldRules.iamUrl(iamUrl).ifPresent(p -> problems.put(Field.IAM_URL, p));
        AccountFieldRules.apiUrlTemplate(apiUrlTemplate).ifPresent(p -> problems.put(Field.API_URL_TEMPLATE, p));
        AccountFieldRules.httpsProxy(httpsProxy).ifPresent(p -> problems.put(Field.HTTPS_PROXY, p));
        return problems;
    }

    /** A new profile with a fresh id; check {@link #problems} first (this throws on the first one). */
    public AccountProfile toProfile() {
        return AccountProfile.newIbmCloud(name, endpointType, iamUrl, apiUrlTemplate, httpsProxy);
    }

    /** The key without the white space a paste tends to add. */
    public Secret trimmedKey() {
        return key.trimmed();
    }

    @Override
    public String toString() {
        return "AccountDraft[name=" + name + ", key=" + key + ", endpointType=" + endpointType + "]";
    }
}
