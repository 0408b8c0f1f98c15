package org.refunddesk.exchange.xlsx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.CreditCode;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;
import org.refunddesk.exchange.InputLimits;
import org.refunddesk.rules.i18n.Messages;

/** Turns one row into a case, or into the list of what is wrong with its cells. */
final class CaseRowParser {
    /** Marks a verdict that came from a spreadsheet rather than from the rule book. */
    static final String IMPORTED_VERDICT_SOURCE = "xlsx-import";
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d'T'H:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy.M.d H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"));

    private final ColumnMapping mapping;
    private final Messages messages;
    private final EnumNames enumNames = new EnumNames();

    CaseRowParser(ColumnMapping mapping, Messages messages) {
        this.mapping = mapping;
        this.messages = messages;
    }

    /** The case, or null with the reasons added to {@code issues}. */
    RefundCase parse(ImportTable.Row row, List<ImportIssue> issues) {
        int before = issues.size();
        Cells cells = new Cells(row, issues);
        UUID id = cells.id();
        String platform = cells.text(CaseColumn.PLATFORM);
        ProductType product = cells.choice(CaseColumn.PRODUCT, ProductType.class);
        BigDecimal amount = cells.amount();
        Instant paidAt = cells.instant(CaseColumn.PAID_AT);
        DeliveryMode delivery = cells.choice(CaseColumn.DELIVERY, DeliveryMode.class);
        ProblemKind problem = cells.choice(CaseColumn.PROBLEM, ProblemKind.class);
        Verdict verdict = cells.choice(CaseColumn.VERDICT, Verdict.class);
        CaseStatus status = cells.choice(CaseColumn.STATUS, CaseStatus.class);
        cells.require(CaseColumn.PLATFORM, platform);
        cells.require(CaseColumn.PRODUCT, product);
        cells.require(CaseColumn.AMOUNT, amount);
        cells.require(CaseColumn.PAID_AT, paidAt);
        Boolean feeDisclosed = cells.yesNo(CaseColumn.FEE_DISCLOSED);
        if (feeDisclosed != null && problem == null && cells.raw(CaseColumn.PROBLEM) == null) {
            // the answer belongs to a problem; without one it would be dropped silently
            issues.add(new ImportIssue(row.number(), CaseColumn.FEE_DISCLOSED, cells.text(CaseColumn.FEE_DISCLOSED),
                    "caseload.import.feeWithoutProblem"));
        }
        String creditCode = cells.creditCode();
        String phone = cells.text(CaseColumn.PHONE);
        String title = cells.text(CaseColumn.TITLE);
        String consumer = cells.text(CaseColumn.CONSUMER);
        String assignee = cells.text(CaseColumn.ASSIGNEE);
        String orderNo = cells.text(CaseColumn.ORDER_NO);
        String tags = cells.text(CaseColumn.TAGS);
        String operator = cells.text(CaseColumn.OPERATOR);
        String legalRepresentative = cells.text(CaseColumn.LEGAL_REPRESENTATIVE);
        Consent consent = cells.consent();
        if (issues.size() > before) {
            return null;
        }
        Purchase purchase = new Purchase(unmasked(orderNo), product,
                delivery != null ? delivery : defaultDelivery(product), amount, paidAt, null, null, null, null);
        return new RefundCase(id, title != null ? title : platform + " " + Money.format(amount),
                new Consumer(consumer, unmasked(phone), null, consent), assignee, tags(tags),
                new Platform(platform, null, null, null, null, operator, creditCode, legalRepresentative), purchase,
                problem == null ? null : new Problem(problem, null, false, false, false, false, null, feeDisclosed),
                List.of(), status, List.of(),
                verdict == null ? null : new StoredAssessment(IMPORTED_VERDICT_SOURCE, verdict, null, null), null, null);
    }

    private static DeliveryMode defaultDelivery(ProductType product) {
        return product == ProductType.CARD_KEY ? DeliveryMode.CARD_KEY : DeliveryMode.DIRECT_TOPUP;
    }

    private static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        // NFKC turns full-width commas and semicolons into ASCII ones; U+3001 is the enumeration comma
        String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        return Arrays.stream(normalised.split("[,;\u3001]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Reads the mapped cells of one row, recording an issue for each one that cannot be read. */
    private final class Cells {
        private final ImportTable.Row row;
        private final List<ImportIssue> issues;
        /** Columns already reported (a formula without a result, a text over its limit): one issue each. */
        private final java.util.Set<CaseColumn> reported = java.util.EnumSet.noneOf(CaseColumn.class);

        Cells(ImportTable.Row row, List<ImportIssue> issues) {
            this.row = row;
            this.issues = issues;
            for (CaseColumn column : CaseColumn.values()) {
                if (!ColumnMapping.NOT_IMPORTED.contains(column)
                        && cell(column) instanceof ImportTable.FormulaWithoutValue f) {
                    reported.add(column);
                    issues.add(f.error() == null
                            ? new ImportIssue(row.number(), column, null, "caseload.import.formulaUncached", f.reference())
                            : new ImportIssue(row.number(), column, null, "caseload.import.formulaError", f.reference(),
                            f.error()));
                }
            }
        }

        private Object cell(CaseColumn column) {
            return mapping.indexOf(column).map(row::cell).orElse(null);
        }

        Object raw(CaseColumn column) {
            Object value = cell(column);
            if (value instanceof ImportTable.FormulaWithoutValue) {
                return null;
            }
            return value instanceof String s && s.isBlank() ? null : value;
        }

        /** The cell as text within the case file's limits for the field (length, no control characters). */
        String text(CaseColumn column) {
            Object value = raw(column);
            if (value instanceof Double d) {
                // a phone or order number typed as a number: 13800138000.0 → "13800138000"
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            if (value == null) {
                return null;
            }
            String text = value.toString().strip();
            Optional<InputLimits.Violation> violation = InputLimits.checkText(column.fieldName(), text);
            if (violation.isPresent() && reported.add(column)) {
                InputLimits.Violation v = violation.get();
                issues.add(v.kind() == InputLimits.Violation.Kind.TOO_LONG
                        ? new ImportIssue(row.number(), column, text, "caseload.import.tooLong", v.limit())
                        : new ImportIssue(row.number(), column, text, "caseload.import.control", v.characterCode(),
                        v.position()));
            }
            return violation.isPresent() ? null : text;
        }

        void require(CaseColumn column, Object parsed) {
            if (raw(column) == null && !reported.contains(column)) {
                issues.add(new ImportIssue(row.number(), column, "", "caseload.import.required"));
            }
        }

        UUID id() {
            String text = text(CaseColumn.ID);
            if (text == null) {
                return UUID.randomUUID();
            }
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                issues.add(new ImportIssue(row.number(), CaseColumn.ID, text, "caseload.import.notId"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(CaseColumn column, Class<E> type) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            Optional<E> value = enumNames.find(type, text);
            if (value.isEmpty()) {
                issues.add(new ImportIssue(row.number(), column, text, "caseload.import.notChoice",
                        EnumNames.choices(type, messages)));
            }
            return value.orElse(null);
        }

        BigDecimal amount() {
            Object value = raw(CaseColumn.AMOUNT);
            if (value == null) {
                return null;
            }
            Optional<InputLimits.Violation> control = value instanceof String s
                    ? InputLimits.checkText(CaseColumn.AMOUNT.fieldName(), s)
                    .filter(v -> v.kind() == InputLimits.Violation.Kind.CONTROL_CHARACTER) : Optional.empty();
            if (control.isPresent()) {
                issues.add(new ImportIssue(row.number(), CaseColumn.AMOUNT, display(value), "caseload.import.control",
                        control.get().characterCode(), control.get().position()));
                return null;
            }
            if (value instanceof Double d && (d < 0 || Double.doubleToRawLongBits(d) == Long.MIN_VALUE)
                    || !(value instanceof Double) && InputLimits.signedOrControl(value.toString())) {
                issues.add(new ImportIssue(row.number(), CaseColumn.AMOUNT, display(value), "caseload.import.signed"));
                return null;
            }
            Optional<BigDecimal> amount = value instanceof Double d ? fromNumber(d) : Money.parse(value.toString().strip());
            if (amount.isEmpty()) {
                issues.add(new ImportIssue(row.number(), CaseColumn.AMOUNT, display(value), "caseload.import.notAmount"));
                return null;
            }
            if (!InputLimits.amountInRange(amount.get())) {
                issues.add(new ImportIssue(row.number(), CaseColumn.AMOUNT, display(value), "caseload.import.amountRange"));
                return null;
            }
            return amount.get();
        }

        Instant instant(CaseColumn column) {
            Object value = raw(column);
            if (value == null) {
                return null;
            }
            Optional<LocalDateTime> local = value instanceof LocalDateTime t ? Optional.of(t)
                    : value instanceof String s ? parseDateTime(s.strip()) : Optional.empty();
            if (local.isEmpty()) {
                issues.add(new ImportIssue(row.number(), column, display(value), "caseload.import.notDate"));
                return null;
            }
            Instant instant = local.get().atZone(XlsxCaseExporter.ZONE).toInstant();
            if (!InputLimits.timeInRange(instant)) {
                issues.add(new ImportIssue(row.number(), column, display(value), "caseload.import.dateRange"));
                return null;
            }
            return instant;
        }

        /** Yes / no / unknown in either language (or true / false); blank and "unknown" are null. */
        Boolean yesNo(CaseColumn column) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            if (!YesNo.understood(text)) {
                issues.add(new ImportIssue(row.number(), column, text, "caseload.import.notYesNo"));
                return null;
            }
            return YesNo.value(text);
        }

        /**
         * Whose data: blank isUser with no consent cells is "not asked" (older sheets); consent cells need isUser, and
         * "no" (someone the user helps) needs how and when they agreed, as the case editor does.
         */
        Consent consent() {
            String isUserText = text(CaseColumn.IS_USER);
            Boolean isUser = yesNo(CaseColumn.IS_USER);
            ConsentMethod method = choice(CaseColumn.CONSENT_METHOD, ConsentMethod.class);
            LocalDate date = date(CaseColumn.CONSENT_DATE);
            if (isUser == null) {
                boolean consentGiven = raw(CaseColumn.CONSENT_METHOD) != null || raw(CaseColumn.CONSENT_DATE) != null;
                if (consentGiven && (isUserText == null || YesNo.understood(isUserText))) {
                    issues.add(new ImportIssue(row.number(), CaseColumn.IS_USER, isUserText == null ? "" : isUserText,
                            "caseload.import.consentNeedsIsUser"));
                }
                return null;
            }
            if (!isUser) {
                if (method == null && raw(CaseColumn.CONSENT_METHOD) == null) {
                    issues.add(new ImportIssue(row.number(), CaseColumn.CONSENT_METHOD, "",
                            "caseload.import.consentRequired"));
                }
                if (date == null && raw(CaseColumn.CONSENT_DATE) == null) {
                    issues.add(new ImportIssue(row.number(), CaseColumn.CONSENT_DATE, "",
                            "caseload.import.consentRequired"));
                }
            }
            return new Consent(isUser, method, date);
        }

        /** A calendar date (2026-03-01, 2026/3/1 or a date cell); a time of day is not expected. */
        LocalDate date(CaseColumn column) {
            Object value = raw(column);
            if (value == null) {
                return null;
            }
            if (value instanceof LocalDateTime t) {
                return t.toLocalDate();
            }
            String text = text(column);
            if (text != null) {
                for (DateTimeFormatter f : DATES) {
                    try {
                        return LocalDate.parse(text, f);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
            }
            if (!reported.contains(column)) {
                issues.add(new ImportIssue(row.number(), column, display(value), "caseload.import.notDay"));
            }
            return null;
        }

        /** A unified social credit code, checked like the case file does (GB 32100-2015 check character). */
        String creditCode() {
            String code = CreditCode.normalise(text(CaseColumn.CREDIT_CODE));
            if (code != null && !CreditCode.isValid(code)) {
                issues.add(new ImportIssue(row.number(), CaseColumn.CREDIT_CODE, code, "caseload.import.notCreditCode"));
                return null;
            }
            return code;
        }
    }

    private static Optional<BigDecimal> fromNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
            return Optional.empty();
        }
        BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
        return exact.scale() > 2 ? Optional.empty() : Optional.of(Money.of(exact.setScale(2)));
    }

    private static Optional<LocalDateTime> parseDateTime(String s) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.ofInstant(Instant.parse(s), XlsxCaseExporter.ZONE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String display(Object value) {
        return value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : value.toString();
    }

    static List<ImportIssue> missingColumns(ColumnMapping mapping, Messages messages) {
        List<ImportIssue> issues = new ArrayList<>();
        for (CaseColumn c : mapping.missingRequired()) {
            issues.add(new ImportIssue(0, null, null, "caseload.import.missingColumn", messages.get(c.headerKey())));
        }
        return issues;
    }

    /** A masked export's number (138****1234, ****1234) is not the number: read as unknown. */
    private static String unmasked(String value) {
        return org.refunddesk.rules.Masking.isMasked(value) ? null : value;
    }

}
