package org.kerangka.app.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for events (read-only in this slice). */
@RestController
@RequestMapping("/api/v1/events")
class EventController {
  private final EventRepository events;

  EventController(EventRepository events) {
    this.events = events;
  }

  record EventResponse(
      long id,
      long version,
      String name,
      @Nullable LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable String place) {}

  @GetMapping("/{id}")
  ResponseEntity<EventResponse> get(@PathVariable long id) {
    Event event = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
    return ResponseEntity.ok()
        .eTag(Versions.etag(event.version()))
        .body(
            new EventResponse(
                id,
                event.version(),
                event.name(),
                event.startsOn(),
                event.endsOn(),
                event.place()));
  }
}
