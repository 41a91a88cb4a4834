import { graphql } from '../../graphql/generated/gql';

export const ProjectListFieldsFragment = graphql(`
  fragment ProjectListFields on Project {
    id
    code
    title
    status
    isLead
    leadName
    myParticipationRole
    thematicDomains
    updatedAt
    countries {
      code
      name
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($filter: ProjectFilter, $sort: ProjectSort, $first: Int!, $after: String) {
    projects(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ProjectListFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Everything the project page and the edit form show. */
export const ProjectDetailsFragment = graphql(`
  fragment ProjectDetails on Project {
    id
    code
    title
    summary
    status
    engagementMode
    actionKind
    thematicDomains
    isLead
    canEdit
    canDelete
    leadName
    myParticipationRole
    allowedTransitions
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    plannedBudget
    published
    cooperationId
    cooperationName
    updatedAt
    sectors {
      sectorCode
      sectorName
      percentage
    }
    sdgs {
      goal
      goalName
      target
      targetName
    }
    countries {
      code
      name
    }
    places {
      id
      name
      countryCode
      latitude
      longitude
    }
    organisations {
      organisationId
      name
      iatiRole
      iatiRoleName
      countryCode
      iatiTypeCode
    }
    team {
      userId
      displayName
      role
      ownCollectivity
    }
    participants {
      id
      collectivityName
      role
      status
      contribution
      contributions {
        year
        amount
      }
      isCurrentCollectivity
      canRevoke
      canLeave
      canSetContribution
    }
    statusHistory {
      fromStatus
      toStatus
      changedAt
      overrideReason
    }
    deliberationCoverage {
      state
      planned
      covered
      missing
      years {
        year
        state
        planned
        covered
        missing
      }
    }
  }
`);

export const ProjectQuery = graphql(`
  query Project($id: ID!) {
    project(id: $id) {
      ...ProjectDetails
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...ProjectDetails
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($id: ID!, $input: ProjectInput!) {
    updateProject(id: $id, input: $input) {
      ...ProjectDetails
    }
  }
`);

export const ChangeProjectStatusMutation = graphql(`
  mutation ChangeProjectStatus($input: ChangeProjectStatusInput!) {
    changeProjectStatus(input: $input) {
      ...ProjectDetails
    }
  }
`);

export const DeleteProjectMutation = graphql(`
  mutation DeleteProject($id: ID!) {
    deleteProject(id: $id)
  }
`);

/** Every event about the project and what hangs on it (participations, deliberations, documents…). */
export const ProjectAuditEventsQuery = graphql(`
  query ProjectAuditEvents($projectId: ID!, $first: Int!, $after: String) {
    auditEvents(projectId: $projectId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          actorId
          actorName
          entity
          entityId
          action
          before
          after
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ParticipationFieldsFragment = graphql(`
  fragment ParticipationFields on ProjectParticipationInvitation {
    id
    projectId
    projectCode
    projectTitle
    leadName
    role
    status
    contribution
    contributions {
      year
      amount
    }
    invitedAt
  }
`);

export const ProjectInvitationsQuery = graphql(`
  query ProjectInvitations {
    projectInvitations {
      ...ParticipationFields
    }
  }
`);

export const RespondToProjectInvitationMutation = graphql(`
  mutation RespondToProjectInvitation($input: RespondToProjectInvitationInput!) {
    respondToProjectInvitation(input: $input) {
      ...ParticipationFields
    }
  }
`);

export const FindCollectivityQuery = graphql(`
  query FindCollectivity($siren: String!) {
    findCollectivity(siren: $siren) {
      id
      name
      siren
    }
  }
`);

export const InviteCollectivityToProjectMutation = graphql(`
  mutation InviteCollectivityToProject($input: InviteToProjectInput!) {
    inviteCollectivityToProject(input: $input) {
      ...ParticipationFields
    }
  }
`);

export const RevokeProjectParticipationMutation = graphql(`
  mutation RevokeProjectParticipation($participationId: ID!) {
    revokeProjectParticipation(participationId: $participationId) {
      ...ParticipationFields
    }
  }
`);

export const LeaveProjectMutation = graphql(`
  mutation LeaveProject($participationId: ID!) {
    leaveProject(participationId: $participationId) {
      ...ParticipationFields
    }
  }
`);

export const SetParticipationContributionMutation = graphql(`
  mutation SetParticipationContribution($input: ParticipationContributionInput!) {
    setParticipationContribution(input: $input) {
      ...ParticipationFields
    }
  }
`);

/** The choices of the project form: coopérations, organisations of the directory and members for the team. */
export const ProjectFormOptionsQuery = graphql(`
  query ProjectFormOptions {
    cooperations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    organisations(first: 100) {
      edges {
        node {
          id
          name
          acronym
          countryCode
        }
      }
    }
    members(first: 100) {
      edges {
        node {
          id
          userId
          name
          role
        }
      }
    }
  }
`);
