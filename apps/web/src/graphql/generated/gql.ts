/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    csrfToken\n    role\n    user {\n      id\n      name\n      email\n      locale\n    }\n    currentTenant {\n      id\n      name\n      kind\n      regionCode\n    }\n    memberships {\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ConfirmSignUpDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  fragment ConventionFields on Convention {\n    id\n    cooperationId\n    cooperationName\n    title\n    reference\n    kind\n    versionNumber\n    previousVersionId\n    status\n    signedOn\n    startsOn\n    endsOn\n    prefectureTransmittedOn\n    objectives\n    means\n    forecastCommitment\n    validity\n    daysLeft\n    inForce\n    nextVersionId\n    supersededBy\n    parties {\n      id\n      organisationId\n      name\n      expectedResults\n      commitments\n    }\n  }\n": typeof types.ConventionFieldsFragmentDoc,
    "\n  fragment CooperationFields on Cooperation {\n    id\n    name\n    partnerTerritory\n    countryCode\n    countryName\n    startedOn\n    status\n    description\n    partnerOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.CooperationFieldsFragmentDoc,
    "\n  query Cooperations($text: String, $status: CooperationStatus, $first: Int!, $after: String) {\n    cooperations(text: $text, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CooperationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      ...CooperationFields\n      conventions {\n        ...ConventionFields\n      }\n    }\n  }\n": typeof types.CooperationDocument,
    "\n  mutation CreateCooperation($input: CooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationFields\n    }\n  }\n": typeof types.CreateCooperationDocument,
    "\n  mutation UpdateCooperation($id: ID!, $input: CooperationInput!) {\n    updateCooperation(id: $id, input: $input) {\n      ...CooperationFields\n    }\n  }\n": typeof types.UpdateCooperationDocument,
    "\n  query Conventions($cooperationId: ID, $validity: [ConventionValidityState!], $first: Int!, $after: String) {\n    conventions(cooperationId: $cooperationId, validity: $validity, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConventionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConventionsDocument,
    "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n": typeof types.ConventionDocument,
    "\n  mutation CreateConvention($input: CreateConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n": typeof types.CreateConventionDocument,
    "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n": typeof types.UpdateConventionDocument,
    "\n  mutation CreateConventionVersion($previousId: ID!, $input: ConventionVersionInput!) {\n    createConventionVersion(previousId: $previousId, input: $input) {\n      ...ConventionFields\n    }\n  }\n": typeof types.CreateConventionVersionDocument,
    "\n  mutation SignConvention($id: ID!, $signedOn: String!) {\n    signConvention(id: $id, signedOn: $signedOn) {\n      ...ConventionFields\n    }\n  }\n": typeof types.SignConventionDocument,
    "\n  mutation RecordConventionTransmission($id: ID!, $transmittedOn: String!) {\n    recordConventionTransmission(id: $id, transmittedOn: $transmittedOn) {\n      ...ConventionFields\n    }\n  }\n": typeof types.RecordConventionTransmissionDocument,
    "\n  mutation TerminateConvention($id: ID!) {\n    terminateConvention(id: $id) {\n      ...ConventionFields\n    }\n  }\n": typeof types.TerminateConventionDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  fragment DeliberationFields on Deliberation {\n    id\n    number\n    title\n    assembly\n    object\n    status\n    sessionDate\n    votedOn\n    transmittedOn\n    executoryOn\n    endedOn\n    endReason\n    year\n    amount\n    budgetYear\n    projects {\n      projectId\n      projectCode\n      projectTitle\n      amount\n      ownProject\n    }\n    conventionId\n    conventionTitle\n    canEdit\n    canCorrectDates\n    allowedTransitions\n  }\n": typeof types.DeliberationFieldsFragmentDoc,
    "\n  query Deliberations($text: String, $statuses: [DeliberationStatus!], $projectId: ID, $year: Int, $first: Int!, $after: String) {\n    deliberations(text: $text, statuses: $statuses, projectId: $projectId, year: $year, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DeliberationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DeliberationsDocument,
    "\n  query Deliberation($id: ID!) {\n    deliberation(id: $id) {\n      ...DeliberationFields\n    }\n  }\n": typeof types.DeliberationDocument,
    "\n  mutation CreateDeliberation($input: DeliberationInput!) {\n    createDeliberation(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": typeof types.CreateDeliberationDocument,
    "\n  mutation UpdateDeliberation($id: ID!, $input: DeliberationInput!) {\n    updateDeliberation(id: $id, input: $input) {\n      ...DeliberationFields\n    }\n  }\n": typeof types.UpdateDeliberationDocument,
    "\n  mutation ChangeDeliberationStatus($input: ChangeDeliberationStatusInput!) {\n    changeDeliberationStatus(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": typeof types.ChangeDeliberationStatusDocument,
    "\n  mutation CorrectDeliberationDate($input: CorrectDeliberationDateInput!) {\n    correctDeliberationDate(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": typeof types.CorrectDeliberationDateDocument,
    "\n  query DeliberationFormOptions {\n    projects(filter: { scope: ALL }, sort: { field: CODE, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          isLead\n          leadName\n          myParticipationRole\n        }\n      }\n    }\n    conventions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          cooperationName\n          versionNumber\n        }\n      }\n    }\n  }\n": typeof types.DeliberationFormOptionsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    acronym\n    kind\n    countryCode\n    countryName\n    iatiTypeCode\n    iatiTypeName\n    iatiIdentifier\n    website\n    email\n    phone\n    address\n    notes\n    archived\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n    }\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  query Organisations($text: String, $kind: OrganisationKind, $includeArchived: Boolean!, $first: Int!, $after: String) {\n    organisations(text: $text, kind: $kind, includeArchived: $includeArchived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          acronym\n          kind\n          countryName\n          iatiTypeName\n          archived\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {\n    setOrganisationArchived(id: $id, archived: $archived) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.SetOrganisationArchivedDocument,
    "\n  mutation AddOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    addOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddOrganisationContactDocument,
    "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    updateOrganisationContact(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateOrganisationContactDocument,
    "\n  mutation RemoveOrganisationContact($id: ID!) {\n    removeOrganisationContact(id: $id)\n  }\n": typeof types.RemoveOrganisationContactDocument,
    "\n  fragment DocumentFields on DocumentFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    uploadedAt\n    downloadPath\n    ownCollectivity\n    canDelete\n    canShare\n    sharedWithProjectIds\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {\n    documents(ownerType: $ownerType, ownerId: $ownerId) {\n      ...DocumentFields\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  query SharedDocuments($projectId: ID!) {\n    sharedDocuments(projectId: $projectId) {\n      ...DocumentFields\n    }\n  }\n": typeof types.SharedDocumentsDocument,
    "\n  query DocumentUploadRules {\n    documentUploadRules {\n      acceptedExtensions\n      maxSizeBytes\n      canUpload\n    }\n  }\n": typeof types.DocumentUploadRulesDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  mutation ShareDocumentWithProject($documentId: ID!, $projectId: ID!, $shared: Boolean!) {\n    shareDocumentWithProject(documentId: $documentId, projectId: $projectId, shared: $shared) {\n      ...DocumentFields\n    }\n  }\n": typeof types.ShareDocumentWithProjectDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          userId\n          name\n          email\n          role\n          joinedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      status\n      emailStatus\n      expired\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      emailStatus\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      emailStatus\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId) {\n      id\n      name\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment ProjectListFields on Project {\n    id\n    code\n    title\n    status\n    isLead\n    leadName\n    myParticipationRole\n    thematicDomains\n    updatedAt\n    countries {\n      code\n      name\n    }\n  }\n": typeof types.ProjectListFieldsFragmentDoc,
    "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectListFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    title\n    summary\n    status\n    engagementMode\n    actionKind\n    thematicDomains\n    isLead\n    canEdit\n    canDelete\n    leadName\n    myParticipationRole\n    allowedTransitions\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    plannedBudget\n    published\n    cooperationId\n    cooperationName\n    updatedAt\n    sectors {\n      sectorCode\n      sectorName\n      percentage\n    }\n    sdgs {\n      goal\n      goalName\n      target\n      targetName\n    }\n    countries {\n      code\n      name\n    }\n    places {\n      id\n      name\n      countryCode\n      latitude\n      longitude\n    }\n    organisations {\n      organisationId\n      name\n      iatiRole\n      iatiRoleName\n      countryCode\n      iatiTypeCode\n    }\n    team {\n      userId\n      displayName\n      role\n      ownCollectivity\n    }\n    participants {\n      id\n      collectivityName\n      role\n      status\n      contribution\n      contributions {\n        year\n        amount\n      }\n      isCurrentCollectivity\n      canRevoke\n      canLeave\n      canSetContribution\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      overrideReason\n    }\n    deliberationCoverage {\n      state\n      planned\n      covered\n      missing\n      years {\n        year\n        state\n        planned\n        covered\n        missing\n      }\n    }\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.ProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {\n    changeProjectStatus(input: $input) {\n      ...ProjectDetails\n    }\n  }\n": typeof types.ChangeProjectStatusDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": typeof types.DeleteProjectDocument,
    "\n  query ProjectAuditEvents($projectId: ID!, $first: Int!, $after: String) {\n    auditEvents(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ProjectAuditEventsDocument,
    "\n  fragment ParticipationFields on ProjectParticipationInvitation {\n    id\n    projectId\n    projectCode\n    projectTitle\n    leadName\n    role\n    status\n    contribution\n    contributions {\n      year\n      amount\n    }\n    invitedAt\n  }\n": typeof types.ParticipationFieldsFragmentDoc,
    "\n  query ProjectInvitations {\n    projectInvitations {\n      ...ParticipationFields\n    }\n  }\n": typeof types.ProjectInvitationsDocument,
    "\n  mutation RespondToProjectInvitation($input: RespondToProjectInvitationInput!) {\n    respondToProjectInvitation(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.RespondToProjectInvitationDocument,
    "\n  query FindCollectivity($siren: String!) {\n    findCollectivity(siren: $siren) {\n      id\n      name\n      siren\n    }\n  }\n": typeof types.FindCollectivityDocument,
    "\n  mutation InviteCollectivityToProject($input: InviteToProjectInput!) {\n    inviteCollectivityToProject(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.InviteCollectivityToProjectDocument,
    "\n  mutation RevokeProjectParticipation($participationId: ID!) {\n    revokeProjectParticipation(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.RevokeProjectParticipationDocument,
    "\n  mutation LeaveProject($participationId: ID!) {\n    leaveProject(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.LeaveProjectDocument,
    "\n  mutation SetParticipationContribution($input: ParticipationContributionInput!) {\n    setParticipationContribution(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": typeof types.SetParticipationContributionDocument,
    "\n  query ProjectFormOptions {\n    cooperations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n          role\n        }\n      }\n    }\n  }\n": typeof types.ProjectFormOptionsDocument,
    "\n  query TenantSettings {\n    tenantSettings {\n      tenant {\n        id\n        name\n        kind\n        siren\n        regionCode\n      }\n      serviceRevenues {\n        year\n        waterRevenue\n        sanitationRevenue\n        wasteRevenue\n        energyRevenue\n      }\n    }\n  }\n": typeof types.TenantSettingsDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      name\n      kind\n      siren\n      regionCode\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  mutation SetServiceRevenues($input: ServiceRevenuesInput!) {\n    setServiceRevenues(input: $input) {\n      year\n      waterRevenue\n      sanitationRevenue\n      wasteRevenue\n      energyRevenue\n    }\n  }\n": typeof types.SetServiceRevenuesDocument,
    "\n  query CsrfToken {\n    viewer {\n      csrfToken\n    }\n  }\n": typeof types.CsrfTokenDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment ViewerFields on Viewer {\n    csrfToken\n    role\n    user {\n      id\n      name\n      email\n      locale\n    }\n    currentTenant {\n      id\n      name\n      kind\n      regionCode\n    }\n    memberships {\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.ConfirmSignUpDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...ViewerFields\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  fragment ConventionFields on Convention {\n    id\n    cooperationId\n    cooperationName\n    title\n    reference\n    kind\n    versionNumber\n    previousVersionId\n    status\n    signedOn\n    startsOn\n    endsOn\n    prefectureTransmittedOn\n    objectives\n    means\n    forecastCommitment\n    validity\n    daysLeft\n    inForce\n    nextVersionId\n    supersededBy\n    parties {\n      id\n      organisationId\n      name\n      expectedResults\n      commitments\n    }\n  }\n": types.ConventionFieldsFragmentDoc,
    "\n  fragment CooperationFields on Cooperation {\n    id\n    name\n    partnerTerritory\n    countryCode\n    countryName\n    startedOn\n    status\n    description\n    partnerOrganisation {\n      id\n      name\n    }\n  }\n": types.CooperationFieldsFragmentDoc,
    "\n  query Cooperations($text: String, $status: CooperationStatus, $first: Int!, $after: String) {\n    cooperations(text: $text, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CooperationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CooperationsDocument,
    "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      ...CooperationFields\n      conventions {\n        ...ConventionFields\n      }\n    }\n  }\n": types.CooperationDocument,
    "\n  mutation CreateCooperation($input: CooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationFields\n    }\n  }\n": types.CreateCooperationDocument,
    "\n  mutation UpdateCooperation($id: ID!, $input: CooperationInput!) {\n    updateCooperation(id: $id, input: $input) {\n      ...CooperationFields\n    }\n  }\n": types.UpdateCooperationDocument,
    "\n  query Conventions($cooperationId: ID, $validity: [ConventionValidityState!], $first: Int!, $after: String) {\n    conventions(cooperationId: $cooperationId, validity: $validity, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConventionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ConventionsDocument,
    "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n": types.ConventionDocument,
    "\n  mutation CreateConvention($input: CreateConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n": types.CreateConventionDocument,
    "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n": types.UpdateConventionDocument,
    "\n  mutation CreateConventionVersion($previousId: ID!, $input: ConventionVersionInput!) {\n    createConventionVersion(previousId: $previousId, input: $input) {\n      ...ConventionFields\n    }\n  }\n": types.CreateConventionVersionDocument,
    "\n  mutation SignConvention($id: ID!, $signedOn: String!) {\n    signConvention(id: $id, signedOn: $signedOn) {\n      ...ConventionFields\n    }\n  }\n": types.SignConventionDocument,
    "\n  mutation RecordConventionTransmission($id: ID!, $transmittedOn: String!) {\n    recordConventionTransmission(id: $id, transmittedOn: $transmittedOn) {\n      ...ConventionFields\n    }\n  }\n": types.RecordConventionTransmissionDocument,
    "\n  mutation TerminateConvention($id: ID!) {\n    terminateConvention(id: $id) {\n      ...ConventionFields\n    }\n  }\n": types.TerminateConventionDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  fragment DeliberationFields on Deliberation {\n    id\n    number\n    title\n    assembly\n    object\n    status\n    sessionDate\n    votedOn\n    transmittedOn\n    executoryOn\n    endedOn\n    endReason\n    year\n    amount\n    budgetYear\n    projects {\n      projectId\n      projectCode\n      projectTitle\n      amount\n      ownProject\n    }\n    conventionId\n    conventionTitle\n    canEdit\n    canCorrectDates\n    allowedTransitions\n  }\n": types.DeliberationFieldsFragmentDoc,
    "\n  query Deliberations($text: String, $statuses: [DeliberationStatus!], $projectId: ID, $year: Int, $first: Int!, $after: String) {\n    deliberations(text: $text, statuses: $statuses, projectId: $projectId, year: $year, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DeliberationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DeliberationsDocument,
    "\n  query Deliberation($id: ID!) {\n    deliberation(id: $id) {\n      ...DeliberationFields\n    }\n  }\n": types.DeliberationDocument,
    "\n  mutation CreateDeliberation($input: DeliberationInput!) {\n    createDeliberation(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": types.CreateDeliberationDocument,
    "\n  mutation UpdateDeliberation($id: ID!, $input: DeliberationInput!) {\n    updateDeliberation(id: $id, input: $input) {\n      ...DeliberationFields\n    }\n  }\n": types.UpdateDeliberationDocument,
    "\n  mutation ChangeDeliberationStatus($input: ChangeDeliberationStatusInput!) {\n    changeDeliberationStatus(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": types.ChangeDeliberationStatusDocument,
    "\n  mutation CorrectDeliberationDate($input: CorrectDeliberationDateInput!) {\n    correctDeliberationDate(input: $input) {\n      ...DeliberationFields\n    }\n  }\n": types.CorrectDeliberationDateDocument,
    "\n  query DeliberationFormOptions {\n    projects(filter: { scope: ALL }, sort: { field: CODE, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          isLead\n          leadName\n          myParticipationRole\n        }\n      }\n    }\n    conventions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          cooperationName\n          versionNumber\n        }\n      }\n    }\n  }\n": types.DeliberationFormOptionsDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    acronym\n    kind\n    countryCode\n    countryName\n    iatiTypeCode\n    iatiTypeName\n    iatiIdentifier\n    website\n    email\n    phone\n    address\n    notes\n    archived\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n    }\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  query Organisations($text: String, $kind: OrganisationKind, $includeArchived: Boolean!, $first: Int!, $after: String) {\n    organisations(text: $text, kind: $kind, includeArchived: $includeArchived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          acronym\n          kind\n          countryName\n          iatiTypeName\n          archived\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {\n    setOrganisationArchived(id: $id, archived: $archived) {\n      ...OrganisationFields\n    }\n  }\n": types.SetOrganisationArchivedDocument,
    "\n  mutation AddOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    addOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n      name\n    }\n  }\n": types.AddOrganisationContactDocument,
    "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    updateOrganisationContact(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateOrganisationContactDocument,
    "\n  mutation RemoveOrganisationContact($id: ID!) {\n    removeOrganisationContact(id: $id)\n  }\n": types.RemoveOrganisationContactDocument,
    "\n  fragment DocumentFields on DocumentFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    uploadedAt\n    downloadPath\n    ownCollectivity\n    canDelete\n    canShare\n    sharedWithProjectIds\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {\n    documents(ownerType: $ownerType, ownerId: $ownerId) {\n      ...DocumentFields\n    }\n  }\n": types.DocumentsDocument,
    "\n  query SharedDocuments($projectId: ID!) {\n    sharedDocuments(projectId: $projectId) {\n      ...DocumentFields\n    }\n  }\n": types.SharedDocumentsDocument,
    "\n  query DocumentUploadRules {\n    documentUploadRules {\n      acceptedExtensions\n      maxSizeBytes\n      canUpload\n    }\n  }\n": types.DocumentUploadRulesDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  mutation ShareDocumentWithProject($documentId: ID!, $projectId: ID!, $shared: Boolean!) {\n    shareDocumentWithProject(documentId: $documentId, projectId: $projectId, shared: $shared) {\n      ...DocumentFields\n    }\n  }\n": types.ShareDocumentWithProjectDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          userId\n          name\n          email\n          role\n          joinedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      status\n      emailStatus\n      expired\n      expiresAt\n      createdAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      emailStatus\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      emailStatus\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId) {\n      id\n      name\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  fragment ProjectListFields on Project {\n    id\n    code\n    title\n    status\n    isLead\n    leadName\n    myParticipationRole\n    thematicDomains\n    updatedAt\n    countries {\n      code\n      name\n    }\n  }\n": types.ProjectListFieldsFragmentDoc,
    "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectListFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  fragment ProjectDetails on Project {\n    id\n    code\n    title\n    summary\n    status\n    engagementMode\n    actionKind\n    thematicDomains\n    isLead\n    canEdit\n    canDelete\n    leadName\n    myParticipationRole\n    allowedTransitions\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    plannedBudget\n    published\n    cooperationId\n    cooperationName\n    updatedAt\n    sectors {\n      sectorCode\n      sectorName\n      percentage\n    }\n    sdgs {\n      goal\n      goalName\n      target\n      targetName\n    }\n    countries {\n      code\n      name\n    }\n    places {\n      id\n      name\n      countryCode\n      latitude\n      longitude\n    }\n    organisations {\n      organisationId\n      name\n      iatiRole\n      iatiRoleName\n      countryCode\n      iatiTypeCode\n    }\n    team {\n      userId\n      displayName\n      role\n      ownCollectivity\n    }\n    participants {\n      id\n      collectivityName\n      role\n      status\n      contribution\n      contributions {\n        year\n        amount\n      }\n      isCurrentCollectivity\n      canRevoke\n      canLeave\n      canSetContribution\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      overrideReason\n    }\n    deliberationCoverage {\n      state\n      planned\n      covered\n      missing\n      years {\n        year\n        state\n        planned\n        covered\n        missing\n      }\n    }\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n": types.ProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetails\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectDetails\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {\n    changeProjectStatus(input: $input) {\n      ...ProjectDetails\n    }\n  }\n": types.ChangeProjectStatusDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": types.DeleteProjectDocument,
    "\n  query ProjectAuditEvents($projectId: ID!, $first: Int!, $after: String) {\n    auditEvents(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ProjectAuditEventsDocument,
    "\n  fragment ParticipationFields on ProjectParticipationInvitation {\n    id\n    projectId\n    projectCode\n    projectTitle\n    leadName\n    role\n    status\n    contribution\n    contributions {\n      year\n      amount\n    }\n    invitedAt\n  }\n": types.ParticipationFieldsFragmentDoc,
    "\n  query ProjectInvitations {\n    projectInvitations {\n      ...ParticipationFields\n    }\n  }\n": types.ProjectInvitationsDocument,
    "\n  mutation RespondToProjectInvitation($input: RespondToProjectInvitationInput!) {\n    respondToProjectInvitation(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": types.RespondToProjectInvitationDocument,
    "\n  query FindCollectivity($siren: String!) {\n    findCollectivity(siren: $siren) {\n      id\n      name\n      siren\n    }\n  }\n": types.FindCollectivityDocument,
    "\n  mutation InviteCollectivityToProject($input: InviteToProjectInput!) {\n    inviteCollectivityToProject(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": types.InviteCollectivityToProjectDocument,
    "\n  mutation RevokeProjectParticipation($participationId: ID!) {\n    revokeProjectParticipation(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n": types.RevokeProjectParticipationDocument,
    "\n  mutation LeaveProject($participationId: ID!) {\n    leaveProject(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n": types.LeaveProjectDocument,
    "\n  mutation SetParticipationContribution($input: ParticipationContributionInput!) {\n    setParticipationContribution(input: $input) {\n      ...ParticipationFields\n    }\n  }\n": types.SetParticipationContributionDocument,
    "\n  query ProjectFormOptions {\n    cooperations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n          role\n        }\n      }\n    }\n  }\n": types.ProjectFormOptionsDocument,
    "\n  query TenantSettings {\n    tenantSettings {\n      tenant {\n        id\n        name\n        kind\n        siren\n        regionCode\n      }\n      serviceRevenues {\n        year\n        waterRevenue\n        sanitationRevenue\n        wasteRevenue\n        energyRevenue\n      }\n    }\n  }\n": types.TenantSettingsDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      name\n      kind\n      siren\n      regionCode\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  mutation SetServiceRevenues($input: ServiceRevenuesInput!) {\n    setServiceRevenues(input: $input) {\n      year\n      waterRevenue\n      sanitationRevenue\n      wasteRevenue\n      energyRevenue\n    }\n  }\n": types.SetServiceRevenuesDocument,
    "\n  query CsrfToken {\n    viewer {\n      csrfToken\n    }\n  }\n": types.CsrfTokenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String) {\n    auditEvents(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    csrfToken\n    role\n    user {\n      id\n      name\n      email\n      locale\n    }\n    currentTenant {\n      id\n      name\n      kind\n      regionCode\n    }\n    memberships {\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    csrfToken\n    role\n    user {\n      id\n      name\n      email\n      locale\n    }\n    currentTenant {\n      id\n      name\n      kind\n      regionCode\n    }\n    memberships {\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSignUp($token: String!) {\n    confirmSignUp(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConventionFields on Convention {\n    id\n    cooperationId\n    cooperationName\n    title\n    reference\n    kind\n    versionNumber\n    previousVersionId\n    status\n    signedOn\n    startsOn\n    endsOn\n    prefectureTransmittedOn\n    objectives\n    means\n    forecastCommitment\n    validity\n    daysLeft\n    inForce\n    nextVersionId\n    supersededBy\n    parties {\n      id\n      organisationId\n      name\n      expectedResults\n      commitments\n    }\n  }\n"): (typeof documents)["\n  fragment ConventionFields on Convention {\n    id\n    cooperationId\n    cooperationName\n    title\n    reference\n    kind\n    versionNumber\n    previousVersionId\n    status\n    signedOn\n    startsOn\n    endsOn\n    prefectureTransmittedOn\n    objectives\n    means\n    forecastCommitment\n    validity\n    daysLeft\n    inForce\n    nextVersionId\n    supersededBy\n    parties {\n      id\n      organisationId\n      name\n      expectedResults\n      commitments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CooperationFields on Cooperation {\n    id\n    name\n    partnerTerritory\n    countryCode\n    countryName\n    startedOn\n    status\n    description\n    partnerOrganisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CooperationFields on Cooperation {\n    id\n    name\n    partnerTerritory\n    countryCode\n    countryName\n    startedOn\n    status\n    description\n    partnerOrganisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperations($text: String, $status: CooperationStatus, $first: Int!, $after: String) {\n    cooperations(text: $text, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CooperationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperations($text: String, $status: CooperationStatus, $first: Int!, $after: String) {\n    cooperations(text: $text, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...CooperationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      ...CooperationFields\n      conventions {\n        ...ConventionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cooperation($id: ID!) {\n    cooperation(id: $id) {\n      ...CooperationFields\n      conventions {\n        ...ConventionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCooperation($input: CooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCooperation($input: CooperationInput!) {\n    createCooperation(input: $input) {\n      ...CooperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCooperation($id: ID!, $input: CooperationInput!) {\n    updateCooperation(id: $id, input: $input) {\n      ...CooperationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCooperation($id: ID!, $input: CooperationInput!) {\n    updateCooperation(id: $id, input: $input) {\n      ...CooperationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conventions($cooperationId: ID, $validity: [ConventionValidityState!], $first: Int!, $after: String) {\n    conventions(cooperationId: $cooperationId, validity: $validity, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConventionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conventions($cooperationId: ID, $validity: [ConventionValidityState!], $first: Int!, $after: String) {\n    conventions(cooperationId: $cooperationId, validity: $validity, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ConventionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  query Convention($id: ID!) {\n    convention(id: $id) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConvention($input: CreateConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConvention($input: CreateConventionInput!) {\n    createConvention(input: $input) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConvention($id: ID!, $input: ConventionInput!) {\n    updateConvention(id: $id, input: $input) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConventionVersion($previousId: ID!, $input: ConventionVersionInput!) {\n    createConventionVersion(previousId: $previousId, input: $input) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConventionVersion($previousId: ID!, $input: ConventionVersionInput!) {\n    createConventionVersion(previousId: $previousId, input: $input) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignConvention($id: ID!, $signedOn: String!) {\n    signConvention(id: $id, signedOn: $signedOn) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignConvention($id: ID!, $signedOn: String!) {\n    signConvention(id: $id, signedOn: $signedOn) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConventionTransmission($id: ID!, $transmittedOn: String!) {\n    recordConventionTransmission(id: $id, transmittedOn: $transmittedOn) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConventionTransmission($id: ID!, $transmittedOn: String!) {\n    recordConventionTransmission(id: $id, transmittedOn: $transmittedOn) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateConvention($id: ID!) {\n    terminateConvention(id: $id) {\n      ...ConventionFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateConvention($id: ID!) {\n    terminateConvention(id: $id) {\n      ...ConventionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliberationFields on Deliberation {\n    id\n    number\n    title\n    assembly\n    object\n    status\n    sessionDate\n    votedOn\n    transmittedOn\n    executoryOn\n    endedOn\n    endReason\n    year\n    amount\n    budgetYear\n    projects {\n      projectId\n      projectCode\n      projectTitle\n      amount\n      ownProject\n    }\n    conventionId\n    conventionTitle\n    canEdit\n    canCorrectDates\n    allowedTransitions\n  }\n"): (typeof documents)["\n  fragment DeliberationFields on Deliberation {\n    id\n    number\n    title\n    assembly\n    object\n    status\n    sessionDate\n    votedOn\n    transmittedOn\n    executoryOn\n    endedOn\n    endReason\n    year\n    amount\n    budgetYear\n    projects {\n      projectId\n      projectCode\n      projectTitle\n      amount\n      ownProject\n    }\n    conventionId\n    conventionTitle\n    canEdit\n    canCorrectDates\n    allowedTransitions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliberations($text: String, $statuses: [DeliberationStatus!], $projectId: ID, $year: Int, $first: Int!, $after: String) {\n    deliberations(text: $text, statuses: $statuses, projectId: $projectId, year: $year, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DeliberationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deliberations($text: String, $statuses: [DeliberationStatus!], $projectId: ID, $year: Int, $first: Int!, $after: String) {\n    deliberations(text: $text, statuses: $statuses, projectId: $projectId, year: $year, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...DeliberationFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deliberation($id: ID!) {\n    deliberation(id: $id) {\n      ...DeliberationFields\n    }\n  }\n"): (typeof documents)["\n  query Deliberation($id: ID!) {\n    deliberation(id: $id) {\n      ...DeliberationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeliberation($input: DeliberationInput!) {\n    createDeliberation(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeliberation($input: DeliberationInput!) {\n    createDeliberation(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliberation($id: ID!, $input: DeliberationInput!) {\n    updateDeliberation(id: $id, input: $input) {\n      ...DeliberationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliberation($id: ID!, $input: DeliberationInput!) {\n    updateDeliberation(id: $id, input: $input) {\n      ...DeliberationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDeliberationStatus($input: ChangeDeliberationStatusInput!) {\n    changeDeliberationStatus(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDeliberationStatus($input: ChangeDeliberationStatusInput!) {\n    changeDeliberationStatus(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectDeliberationDate($input: CorrectDeliberationDateInput!) {\n    correctDeliberationDate(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectDeliberationDate($input: CorrectDeliberationDateInput!) {\n    correctDeliberationDate(input: $input) {\n      ...DeliberationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliberationFormOptions {\n    projects(filter: { scope: ALL }, sort: { field: CODE, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          isLead\n          leadName\n          myParticipationRole\n        }\n      }\n    }\n    conventions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          cooperationName\n          versionNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliberationFormOptions {\n    projects(filter: { scope: ALL }, sort: { field: CODE, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          code\n          title\n          isLead\n          leadName\n          myParticipationRole\n        }\n      }\n    }\n    conventions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          cooperationName\n          versionNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    acronym\n    kind\n    countryCode\n    countryName\n    iatiTypeCode\n    iatiTypeName\n    iatiIdentifier\n    website\n    email\n    phone\n    address\n    notes\n    archived\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    acronym\n    kind\n    countryCode\n    countryName\n    iatiTypeCode\n    iatiTypeName\n    iatiIdentifier\n    website\n    email\n    phone\n    address\n    notes\n    archived\n    contacts {\n      id\n      name\n      position\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($text: String, $kind: OrganisationKind, $includeArchived: Boolean!, $first: Int!, $after: String) {\n    organisations(text: $text, kind: $kind, includeArchived: $includeArchived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          acronym\n          kind\n          countryName\n          iatiTypeName\n          archived\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($text: String, $kind: OrganisationKind, $includeArchived: Boolean!, $first: Int!, $after: String) {\n    organisations(text: $text, kind: $kind, includeArchived: $includeArchived, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          acronym\n          kind\n          countryName\n          iatiTypeName\n          archived\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {\n    setOrganisationArchived(id: $id, archived: $archived) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationArchived($id: ID!, $archived: Boolean!) {\n    setOrganisationArchived(id: $id, archived: $archived) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    addOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganisationContact($organisationId: ID!, $input: OrganisationContactInput!) {\n    addOrganisationContact(organisationId: $organisationId, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    updateOrganisationContact(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisationContact($id: ID!, $input: OrganisationContactInput!) {\n    updateOrganisationContact(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganisationContact($id: ID!) {\n    removeOrganisationContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveOrganisationContact($id: ID!) {\n    removeOrganisationContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on DocumentFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    uploadedAt\n    downloadPath\n    ownCollectivity\n    canDelete\n    canShare\n    sharedWithProjectIds\n  }\n"): (typeof documents)["\n  fragment DocumentFields on DocumentFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    uploadedAt\n    downloadPath\n    ownCollectivity\n    canDelete\n    canShare\n    sharedWithProjectIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {\n    documents(ownerType: $ownerType, ownerId: $ownerId) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  query Documents($ownerType: DocumentOwnerType!, $ownerId: ID!) {\n    documents(ownerType: $ownerType, ownerId: $ownerId) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedDocuments($projectId: ID!) {\n    sharedDocuments(projectId: $projectId) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  query SharedDocuments($projectId: ID!) {\n    sharedDocuments(projectId: $projectId) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentUploadRules {\n    documentUploadRules {\n      acceptedExtensions\n      maxSizeBytes\n      canUpload\n    }\n  }\n"): (typeof documents)["\n  query DocumentUploadRules {\n    documentUploadRules {\n      acceptedExtensions\n      maxSizeBytes\n      canUpload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareDocumentWithProject($documentId: ID!, $projectId: ID!, $shared: Boolean!) {\n    shareDocumentWithProject(documentId: $documentId, projectId: $projectId, shared: $shared) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareDocumentWithProject($documentId: ID!, $projectId: ID!, $shared: Boolean!) {\n    shareDocumentWithProject(documentId: $documentId, projectId: $projectId, shared: $shared) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      tenantName\n      email\n      role\n      accountExists\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          userId\n          name\n          email\n          role\n          joinedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          userId\n          name\n          email\n          role\n          joinedAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      status\n      emailStatus\n      expired\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations {\n    pendingInvitations {\n      id\n      email\n      role\n      status\n      emailStatus\n      expired\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      status\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      emailStatus\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n      emailStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectListFields on Project {\n    id\n    code\n    title\n    status\n    isLead\n    leadName\n    myParticipationRole\n    thematicDomains\n    updatedAt\n    countries {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectListFields on Project {\n    id\n    code\n    title\n    status\n    isLead\n    leadName\n    myParticipationRole\n    thematicDomains\n    updatedAt\n    countries {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectListFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) {\n    projects(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ProjectListFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    code\n    title\n    summary\n    status\n    engagementMode\n    actionKind\n    thematicDomains\n    isLead\n    canEdit\n    canDelete\n    leadName\n    myParticipationRole\n    allowedTransitions\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    plannedBudget\n    published\n    cooperationId\n    cooperationName\n    updatedAt\n    sectors {\n      sectorCode\n      sectorName\n      percentage\n    }\n    sdgs {\n      goal\n      goalName\n      target\n      targetName\n    }\n    countries {\n      code\n      name\n    }\n    places {\n      id\n      name\n      countryCode\n      latitude\n      longitude\n    }\n    organisations {\n      organisationId\n      name\n      iatiRole\n      iatiRoleName\n      countryCode\n      iatiTypeCode\n    }\n    team {\n      userId\n      displayName\n      role\n      ownCollectivity\n    }\n    participants {\n      id\n      collectivityName\n      role\n      status\n      contribution\n      contributions {\n        year\n        amount\n      }\n      isCurrentCollectivity\n      canRevoke\n      canLeave\n      canSetContribution\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      overrideReason\n    }\n    deliberationCoverage {\n      state\n      planned\n      covered\n      missing\n      years {\n        year\n        state\n        planned\n        covered\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    code\n    title\n    summary\n    status\n    engagementMode\n    actionKind\n    thematicDomains\n    isLead\n    canEdit\n    canDelete\n    leadName\n    myParticipationRole\n    allowedTransitions\n    plannedStart\n    plannedEnd\n    actualStart\n    actualEnd\n    plannedBudget\n    published\n    cooperationId\n    cooperationName\n    updatedAt\n    sectors {\n      sectorCode\n      sectorName\n      percentage\n    }\n    sdgs {\n      goal\n      goalName\n      target\n      targetName\n    }\n    countries {\n      code\n      name\n    }\n    places {\n      id\n      name\n      countryCode\n      latitude\n      longitude\n    }\n    organisations {\n      organisationId\n      name\n      iatiRole\n      iatiRoleName\n      countryCode\n      iatiTypeCode\n    }\n    team {\n      userId\n      displayName\n      role\n      ownCollectivity\n    }\n    participants {\n      id\n      collectivityName\n      role\n      status\n      contribution\n      contributions {\n        year\n        amount\n      }\n      isCurrentCollectivity\n      canRevoke\n      canLeave\n      canSetContribution\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      changedAt\n      overrideReason\n    }\n    deliberationCoverage {\n      state\n      planned\n      covered\n      missing\n      years {\n        year\n        state\n        planned\n        covered\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  query Project($id: ID!) {\n    project(id: $id) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($id: ID!, $input: ProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {\n    changeProjectStatus(input: $input) {\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {\n    changeProjectStatus(input: $input) {\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectAuditEvents($projectId: ID!, $first: Int!, $after: String) {\n    auditEvents(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectAuditEvents($projectId: ID!, $first: Int!, $after: String) {\n    auditEvents(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorId\n          actorName\n          entity\n          entityId\n          action\n          before\n          after\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationFields on ProjectParticipationInvitation {\n    id\n    projectId\n    projectCode\n    projectTitle\n    leadName\n    role\n    status\n    contribution\n    contributions {\n      year\n      amount\n    }\n    invitedAt\n  }\n"): (typeof documents)["\n  fragment ParticipationFields on ProjectParticipationInvitation {\n    id\n    projectId\n    projectCode\n    projectTitle\n    leadName\n    role\n    status\n    contribution\n    contributions {\n      year\n      amount\n    }\n    invitedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectInvitations {\n    projectInvitations {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  query ProjectInvitations {\n    projectInvitations {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToProjectInvitation($input: RespondToProjectInvitationInput!) {\n    respondToProjectInvitation(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToProjectInvitation($input: RespondToProjectInvitationInput!) {\n    respondToProjectInvitation(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCollectivity($siren: String!) {\n    findCollectivity(siren: $siren) {\n      id\n      name\n      siren\n    }\n  }\n"): (typeof documents)["\n  query FindCollectivity($siren: String!) {\n    findCollectivity(siren: $siren) {\n      id\n      name\n      siren\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCollectivityToProject($input: InviteToProjectInput!) {\n    inviteCollectivityToProject(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCollectivityToProject($input: InviteToProjectInput!) {\n    inviteCollectivityToProject(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeProjectParticipation($participationId: ID!) {\n    revokeProjectParticipation(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeProjectParticipation($participationId: ID!) {\n    revokeProjectParticipation(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveProject($participationId: ID!) {\n    leaveProject(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveProject($participationId: ID!) {\n    leaveProject(participationId: $participationId) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetParticipationContribution($input: ParticipationContributionInput!) {\n    setParticipationContribution(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetParticipationContribution($input: ParticipationContributionInput!) {\n    setParticipationContribution(input: $input) {\n      ...ParticipationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectFormOptions {\n    cooperations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectFormOptions {\n    cooperations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          acronym\n          countryCode\n        }\n      }\n    }\n    members(first: 100) {\n      edges {\n        node {\n          id\n          userId\n          name\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSettings {\n    tenantSettings {\n      tenant {\n        id\n        name\n        kind\n        siren\n        regionCode\n      }\n      serviceRevenues {\n        year\n        waterRevenue\n        sanitationRevenue\n        wasteRevenue\n        energyRevenue\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantSettings {\n    tenantSettings {\n      tenant {\n        id\n        name\n        kind\n        siren\n        regionCode\n      }\n      serviceRevenues {\n        year\n        waterRevenue\n        sanitationRevenue\n        wasteRevenue\n        energyRevenue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      name\n      kind\n      siren\n      regionCode\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      id\n      name\n      kind\n      siren\n      regionCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceRevenues($input: ServiceRevenuesInput!) {\n    setServiceRevenues(input: $input) {\n      year\n      waterRevenue\n      sanitationRevenue\n      wasteRevenue\n      energyRevenue\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceRevenues($input: ServiceRevenuesInput!) {\n    setServiceRevenues(input: $input) {\n      year\n      waterRevenue\n      sanitationRevenue\n      wasteRevenue\n      energyRevenue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CsrfToken {\n    viewer {\n      csrfToken\n    }\n  }\n"): (typeof documents)["\n  query CsrfToken {\n    viewer {\n      csrfToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;