package org.kerangka.app.implementation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.account.AccessPolicy;
import org.kerangka.app.agreement.Agreement;
import org.kerangka.app.agreement.AgreementService;
import org.kerangka.app.organisation.Organisation;
import org.kerangka.app.organisation.OrganisationService;
import org.kerangka.app.web.InvalidFieldException;
import org.kerangka.app.web.PageController;
import org.kerangka.app.web.StaleVersionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activity pages: detail with indicators, and the create and edit forms. */
@PageController
class ActivityPages {
  private final ActivityService activities;
  private final AgreementService agreements;
  private final OrganisationService organisations;
  private final JdbcClient jdbc;
  private final AccessPolicy access;

  ActivityPages(
      ActivityService activities,
      AgreementService agreements,
      OrganisationService organisations,
      JdbcClient jdbc,
      AccessPolicy access) {
    this.access = access;
    this.activities = activities;
    this.agreements = agreements;
    this.organisations = organisations;
    this.jdbc = jdbc;
  }

  /** A participating organisation with its name. */
  record ParticipantRow(long id, String name, @Nullable String country, OrganisationRole role) {}

  @GetMapping("/kegiatan/{id}")
  String detail(@PathVariable long id, Model model) {
    Activity activity = activities.require(id);
    model.addAttribute("activity", activity);
    model.addAttribute("agreement", agreements.require(activity.agreementId()));
    model.addAttribute(
        "parent",
        activity.parentId() == null ? null : activities.find(activity.parentId()).orElse(null));
    model.addAttribute(
        "participants",
        activity.participatingOrgs().stream()
            .map(
                p -> {
                  Organisation o = organisations.require(p.organisationId());
                  return new ParticipantRow(
                      p.organisationId(), o.displayName(), o.country(), p.role());
                })
            .toList());
    model.addAttribute("indicators", activities.indicatorsOf(id));
    model.addAttribute("formName", name("activity_form", activity.formCode()));
    model.addAttribute("areaName", name("cooperation_area", activity.areaCode()));
    return "implementation/detail";
  }

  @GetMapping("/perjanjian/{agreementId}/kegiatan/baru")
  String createForm(@PathVariable long agreementId, Model model) {
    Agreement agreement = changeable(agreements.require(agreementId));
    return form(model, new ActivityForm(), agreement, null);
  }

  @PostMapping("/perjanjian/{agreementId}/kegiatan")
  String create(
      @PathVariable long agreementId,
      @Valid @ModelAttribute("form") ActivityForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agreement agreement = changeable(agreements.require(agreementId));
    if (!errors.hasErrors()) {
      try {
        Activity saved = activities.create(agreementId, form.request(null));
        redirect.addFlashAttribute("flash", "flash.activityCreated");
        return "redirect:/kegiatan/" + saved.id();
      } catch (InvalidFieldException e) {
        reject(errors, e);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, form, agreement, null);
  }

  @GetMapping("/kegiatan/{id}/ubah")
  String editForm(@PathVariable long id, Model model) {
    Activity activity = activities.require(id);
    return form(
        model,
        ActivityForm.of(activity),
        changeable(agreements.require(activity.agreementId())),
        activity);
  }

  /** Refuses (403) a user who may not change the agreement's activities. */
  private Agreement changeable(Agreement agreement) {
    if (!access.canChange(agreement.partyIds())) {
      throw new AccessDeniedException("not allowed to change agreement " + agreement.id());
    }
    return agreement;
  }

  @PostMapping("/kegiatan/{id}/ubah")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ActivityForm form,
      BindingResult errors,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Activity activity = activities.require(id);
    Agreement agreement = changeable(agreements.require(activity.agreementId()));
    if (form.getVersion() == null || form.getVersion() != activity.version()) {
      return conflict(activity, agreement, model, response);
    }
    if (!errors.hasErrors()) {
      try {
        activities.update(id, activity.version(), form.request(activity));
        redirect.addFlashAttribute("flash", "flash.saved");
        return "redirect:/kegiatan/" + id;
      } catch (InvalidFieldException e) {
        reject(errors, e);
      } catch (StaleVersionException | OptimisticLockingFailureException e) {
        return conflict(activities.require(id), agreement, model, response);
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return form(model, form, agreement, activity);
  }

  private String conflict(
      Activity current, Agreement agreement, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("conflict", true);
    return form(model, ActivityForm.of(current), agreement, current);
  }

  private static void reject(BindingResult errors, InvalidFieldException e) {
    String field =
        e.field().contains("[") ? e.field().substring(0, e.field().indexOf('[')) : e.field();
    if (field.equals("participatingOrgs")) {
      field = "implementingIds";
    }
    errors.rejectValue(field, "activity.form.invalid." + field, e.getMessage());
  }

  private String form(
      Model model, ActivityForm form, Agreement agreement, @Nullable Activity activity) {
    boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
    model.addAttribute("form", form);
    model.addAttribute("agreement", agreement);
    model.addAttribute("activity", activity);
    model.addAttribute("levels", ActivityLevel.values());
    model.addAttribute("statuses", ActivityStatus.values());
    model.addAttribute("forms", taxonomy("activity_form", english));
    model.addAttribute("areas", taxonomy("cooperation_area", english));
    model.addAttribute("organisations", organisations.list(null, null));
    model.addAttribute(
        "parents",
        activities.forAgreement(agreement.id()).stream()
            .filter(a -> activity == null || !a.id().equals(activity.id()))
            .toList());
    return "implementation/form";
  }

  private List<Map.Entry<String, String>> taxonomy(String table, boolean english) {
    return jdbc.sql(
            "select code, "
                + (english ? "name_en" : "name_id")
                + " as name from "
                + table
                + " order by name")
        .query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("name")))
        .list();
  }

  private @Nullable String name(String table, @Nullable String code) {
    if (code == null) {
      return null;
    }
    boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
    return jdbc.sql(
            "select "
                + (english ? "name_en" : "name_id")
                + " from "
                + table
                + " where code = :code")
        .param("code", code)
        .query(String.class)
        .optional()
        .orElse(code);
  }
}
