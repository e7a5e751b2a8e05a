{{%AUTOESCAPE context="HTML"}}
{{! Console home. DISPLAY_NAME; ROLES (ROLE AGENCY DEPARTMENT); APPLICATIONS (TO_CONFIRM DUE_SOON OVERDUE WAITING SIGN_OFF HAS_OVERDUE);
    ENFORCEMENT (DUE OVERDUE HAS_OVERDUE); RATINGS (OVERDUE HAS_OVERDUE REPORT_DUE (MONTH_LABEL AGENCIES)); TASKS (PAST_DEADLINE MILESTONES_OVERDUE HAS_OVERDUE); CONSULTATIONS (REPORTS_DUE REPORT_DAYS HAS_DUE);
    MESSAGES (OVERDUE NEAR_BREACH HAS_OVERDUE HAS_NEAR_BREACH); PROPOSALS_OVERDUE (N): 建议提案 past their due day; OPINIONS_LATE (N): 舆情 unanswered past their time;
    ANNUAL_REPORT_DUE (YEAR N ALERT LATE): last year's annual report not yet published; NORMATIVE_EXPIRING (DOCS (TITLE URL EXPIRES_ON LAPSED LEFT (DAYS)));
    SITE_HEALTH (ALERTS (SEVERITY MESSAGE; LINK (URL))): single-veto items breached or near; ADMIN (AGENCY_COUNT USER_COUNT). }}
<header class="page-header"><h1>工作台</h1></header>
<p>{{DISPLAY_NAME}}，您好。</p>
{{#APPLICATIONS}}
<section class="card" aria-labelledby="apps-title">
<h2 class="card-title" id="apps-title">依申请公开</h2>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">有 {{OVERDUE}} 件申请已超过答复期限，请尽快处理。</p>{{/HAS_OVERDUE}}
<div class="grid grid-3 app-counts">
<p><a href="/console/applications?view=confirm"><span class="stat">{{TO_CONFIRM}}</span> 待接收确认</a></p>
<p><a href="/console/applications?view=due_soon"><span class="stat">{{DUE_SOON}}</span> 3 个工作日内到期</a></p>
<p><a href="/console/applications?view=overdue"><span class="stat" id="dash-overdue">{{OVERDUE}}</span> 已超期</a></p>
<p><a href="/console/applications?view=applicant"><span class="stat">{{WAITING}}</span> 等待申请人或第三方</a></p>
<p><a href="/console/applications?view=sign_off"><span class="stat">{{SIGN_OFF}}</span> 待审签</a></p>
</div>
</section>
{{/APPLICATIONS}}
{{#ENFORCEMENT}}
<section class="card" aria-labelledby="enf-title">
<h2 class="card-title" id="enf-title">行政执法公示</h2>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">有 {{OVERDUE}} 项执法决定已超过法定公示期限仍未公示，请尽快处理。</p>{{/HAS_OVERDUE}}
<div class="grid grid-3 app-counts">
<p><a href="/console/enforcement?status=draft"><span class="stat" id="dash-enf-due">{{DUE}}</span> 待公示</a></p>
<p><a href="/console/enforcement?status=overdue"><span class="stat" id="dash-enf-overdue">{{OVERDUE}}</span> 逾期未公示</a></p>
</div>
</section>
{{/ENFORCEMENT}}
{{#RATINGS}}
<section class="card" aria-labelledby="ratings-title">
<h2 class="card-title" id="ratings-title">好差评</h2>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">有 {{OVERDUE}} 条差评的回访或整改已超过期限，请尽快处理。</p>{{/HAS_OVERDUE}}
<p><a href="/console/ratings?view=overdue"><span class="stat" id="dash-ratings-overdue">{{OVERDUE}}</span> 差评回访整改超期</a></p>
{{#REPORT_DUE}}<p class="alert alert-info" id="dash-ratings-report">{{MONTH_LABEL}}的“好差评”情况尚未公开（{{AGENCIES}} 个机构）。<a href="/console/ratings/reports">生成并提交审核</a></p>{{/REPORT_DUE}}
</section>
{{/RATINGS}}
{{#MESSAGES}}
<section class="card" aria-labelledby="msg-title">
<h2 class="card-title" id="msg-title">留言咨询</h2>
{{#HAS_NEAR_BREACH}}<p class="alert alert-error" role="alert" id="dash-messages-red-line">有 {{NEAR_BREACH}} 条留言超过 2 个月未答复。有效留言超过 3 个月未答复，政府网站检查即不合格（国办秘函〔2019〕19号），请立即办理。</p>{{/HAS_NEAR_BREACH}}
<p><a href="/console/messages?view=overdue"><span class="stat" id="dash-messages-overdue">{{OVERDUE}}</span> 超过答复期限</a></p>
</section>
{{/MESSAGES}}
{{#OPINIONS_LATE}}
<section class="card" aria-labelledby="opinion-title">
<h2 class="card-title" id="opinion-title">舆情回应</h2>
<p class="alert alert-error" role="alert" id="dash-opinions-late">有 {{N}} 件舆情已超过回应时限仍未回应（国办发〔2016〕61号）。<a href="/console/opinions?view=late">查看</a></p>
</section>
{{/OPINIONS_LATE}}
{{#SITE_HEALTH}}
<section class="card" aria-labelledby="health-title">
<h2 class="card-title" id="health-title">网站健康检查</h2>
<ul class="dash-health" id="dash-health">{{#ALERTS}}<li class="alert alert-error"><strong>{{SEVERITY}}</strong>：{{MESSAGE}}{{#LINK}} <a href="{{URL}}">去处理</a>{{/LINK}}</li>{{/ALERTS}}</ul>
<p><a href="/console/health">查看完整检查结果</a></p>
</section>
{{/SITE_HEALTH}}
{{#ANNUAL_REPORT_DUE}}
<section class="card" aria-labelledby="annual-title">
<h2 class="card-title" id="annual-title">政府信息公开年度报告</h2>
<p class="alert {{ALERT}}" id="dash-annual-report">有 {{N}} 个机构的 {{YEAR}} 年度报告尚未发布{{#LATE}}，已超过 1 月 31 日的法定期限（条例第五十条）{{/LATE}}。<a href="/console/reports?year={{YEAR}}">编制年度报告</a></p>
</section>
{{/ANNUAL_REPORT_DUE}}
{{#NORMATIVE_EXPIRING}}
<section class="card" aria-labelledby="normative-title">
<h2 class="card-title" id="normative-title">规范性文件有效期</h2>
<p>以下规章、行政规范性文件即将到期或已过有效期，请及时评估，决定继续有效、修改或废止：</p>
<ul id="dash-normative">{{#DOCS}}<li><a href="{{URL}}">{{TITLE}}</a>：有效期至 {{EXPIRES_ON}}{{#LAPSED}}，<strong>已过有效期，仍标注为有效</strong>{{/LAPSED}}{{#LEFT}}，还有 {{DAYS}} 天{{/LEFT}}</li>{{/DOCS}}</ul>
<p><a href="/console/normative/cleanups">开展文件清理</a>（公开办）</p>
</section>
{{/NORMATIVE_EXPIRING}}
{{#PROPOSALS_OVERDUE}}
<section class="card" aria-labelledby="prop-title">
<h2 class="card-title" id="prop-title">建议提案</h2>
<p class="alert alert-error" role="alert" id="dash-proposals-overdue">有 {{N}} 件建议提案已超过答复期限（自交办之日起 3 个月）。<a href="/console/proposals?view=overdue">查看</a></p>
</section>
{{/PROPOSALS_OVERDUE}}
{{#CONSULTATIONS}}
<section class="card" aria-labelledby="consult-title">
<h2 class="card-title" id="consult-title">意见征集</h2>
{{#HAS_DUE}}<p class="alert alert-error" role="alert">有 {{REPORTS_DUE}} 个意见征集结束已超过 {{REPORT_DAYS}} 日，尚未公布意见采纳情况。</p>{{/HAS_DUE}}
<p><a href="/console/consultations?view=closed"><span class="stat" id="dash-consult-due">{{REPORTS_DUE}}</span> 采纳情况逾期未公布</a></p>
</section>
{{/CONSULTATIONS}}
{{#TASKS}}
<section class="card" aria-labelledby="tasks-title">
<h2 class="card-title" id="tasks-title">重点工作</h2>
{{#HAS_OVERDUE}}<p class="alert alert-error" role="alert">已公开的重点工作中，有 {{PAST_DEADLINE}} 项超过完成时限仍未办结，{{MILESTONES_OVERDUE}} 项有逾期未完成的节点，请督促责任单位报送进展。</p>{{/HAS_OVERDUE}}
<div class="grid grid-3 app-counts">
<p><a href="/console/tasks?status=overdue"><span class="stat" id="dash-tasks-overdue">{{PAST_DEADLINE}}</span> 逾期未办结</a></p>
<p><a href="/console/tasks?status=milestone_overdue"><span class="stat" id="dash-tasks-milestones">{{MILESTONES_OVERDUE}}</span> 有逾期节点</a></p>
</div>
</section>
{{/TASKS}}
<section class="card" aria-labelledby="roles-title">
<h2 class="card-title" id="roles-title">我的角色</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="角色列表">
<table class="table">
<thead><tr><th scope="col">角色</th><th scope="col">机构</th><th scope="col">处室或单位</th></tr></thead>
<tbody>{{#ROLES}}
<tr><td>{{ROLE}}</td><td>{{AGENCY}}</td><td>{{DEPARTMENT}}</td></tr>{{/ROLES}}
</tbody>
</table>
</div>
</section>
{{#ADMIN}}
<section class="grid grid-3" aria-label="系统概况">
<div class="card"><h2 class="card-title">机构</h2><p class="stat">{{AGENCY_COUNT}}</p><p><a href="/console/agencies">管理机构与处室</a></p></div>
<div class="card"><h2 class="card-title">用户</h2><p class="stat">{{USER_COUNT}}</p><p><a href="/console/users">管理用户</a></p></div>
<div class="card"><h2 class="card-title">审计日志</h2><p>所有变更均有记录，不可修改或删除。</p><p><a href="/console/audit">查看审计日志</a></p></div>
</section>
{{/ADMIN}}
