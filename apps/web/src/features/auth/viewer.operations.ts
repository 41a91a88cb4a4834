import { graphql } from '../../graphql/generated/gql';

// Every operation that opens or changes a session returns the same viewer shape, so the cache entry of the
// `viewer` query can be replaced by the mutation result without a second round trip.
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    csrfToken
    role
    user {
      id
      name
      email
      locale
    }
    currentTenant {
      id
      name
      kind
      regionCode
    }
    memberships {
      role
      tenant {
        id
        name
      }
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

export const ConfirmSignUpMutation = graphql(`
  mutation ConfirmSignUp($token: String!) {
    confirmSignUp(token: $token) {
      ...ViewerFields
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      ...ViewerFields
    }
  }
`);
