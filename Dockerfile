# Production-like image: build with the Maven wrapper, run the repackaged jar on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package \
    && cp target/borgerraadgiver-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal && install -d -o portal /app/data
WORKDIR /app
USER portal
COPY --from=build /portal.jar /app/portal.jar
# attachments (encrypted) and, unless INQUIRY_KEYSET is set, their key
VOLUME /app/data
EXPOSE 8080
# The image always runs with the prod profile: it refuses development secrets and a missing keyset.
ENV SPRING_PROFILES_ACTIVE=prod
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
